using System.Globalization;

namespace WorkPlanSite.Scaffolding;

/// <summary>
/// <c>workplansite init</c>: a new site in an empty folder — the configuration, one short sample programme in
/// French and English, the JSON Schemas and editor settings, the GitHub Pages workflow, a README for its editors.
/// </summary>
public static class SiteInitializer
{
    /// <summary>The programme id of the sample.</summary>
    public const string SampleProgramme = "sample";

    /// <summary>Creates the site in <paramref name="folder"/> (created if missing; it must be empty but for a .git folder).</summary>
    /// <param name="folder">Where to create the site.</param>
    /// <param name="today">The date the sample programme's period starts from.</param>
    public static ScaffoldResult Init(string folder, DateOnly today)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            return ScaffoldResult.Failed(folder, "This is a file, not a folder.", "Give the folder to create the site in.");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any(e => Path.GetFileName(e) != ".git"))
        {
            return ScaffoldResult.Failed(folder, "The folder is not empty; nothing was created.", "Give a new or empty folder: workplansite init my-site");
        }

        var files = new FileSet(full);
        var year = today.Year;
        files.Add("site.config.json", SiteConfigText);
        foreach (var (name, text) in Schemas())
        {
            files.Add("schemas/" + name, text);
        }

        files.Add(".vscode/settings.json", VsCodeSettings);
        files.Add(".vscode/extensions.json", "{\n  \"recommendations\": [\"redhat.vscode-yaml\"]\n}\n");
        files.Add(".github/workflows/pages.yml", PagesWorkflow);
        files.Add(".gitignore", "_site/\n.workplansite/\n");
        files.Add("README.md", Readme);
        foreach (var (path, text) in Sample(year))
        {
            files.Add($"content/{SampleProgramme}/{path}", text);
        }

        return files.Write();
    }

    /// <summary>The schemas shipped in this library (the repository's <c>schemas/</c> folder).</summary>
    public static IEnumerable<(string Name, string Text)> Schemas()
    {
        var assembly = typeof(SiteInitializer).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("schemas/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource["schemas/".Length..], reader.ReadToEnd());
        }
    }

    private const string SiteConfigText = """
        {
          "$schema": "schemas/site.config.schema.json",
          "title": {
            "fr": "Programmes de travail",
            "en": "Work programmes"
          },
          "description": {
            "fr": "Nos programmes de travail, leurs objectifs, leurs activités et leurs dates clés.",
            "en": "Our work programmes, their objectives, activities and key dates."
          },
          "baseUrl": "https://my-org.github.io/my-site/",
          "defaultLanguage": "fr",
          "languages": [
            {
              "code": "fr",
              "name": "Français",
              "locale": "fr-FR",
              "paths": {
                "programmes": "programmes",
                "objectives": "objectifs",
                "activities": "activites",
                "keyDates": "dates-cles",
                "timeline": "calendrier"
              }
            },
            {
              "code": "en",
              "name": "English",
              "locale": "en-GB"
            }
          ],
          "theme": "default",
          "contentDir": "content",
          "outputDir": "_site",
          "missingTranslations": "fallback"
        }

        """;

    private const string VsCodeSettings = """
        {
          "yaml.schemas": {
            "./schemas/programme.schema.json": "content/*/programme.yaml",
            "./schemas/objective.schema.json": "content/*/objectives/*.yaml",
            "./schemas/activity.schema.json": "content/*/activities/*.yaml",
            "./schemas/key-dates.schema.json": "content/*/key-dates.yaml"
          }
        }

        """;

    // A new site has no copy of WorkPlanSite's source: the workflow installs the tool on the runner. By default it
    // builds it from WorkPlanSite's repository (pinned by WORKPLANSITE_REF); when the package is on a NuGet feed,
    // the one-line 'dotnet tool install' below replaces those steps.
    private const string PagesWorkflow = """
        # Builds the site with WorkPlanSite and publishes it on GitHub Pages.
        # In the repository's settings choose "Pages > Source: GitHub Actions".
        name: Publish to GitHub Pages

        on:
          push:
            branches: [main]
          workflow_dispatch:
          # Rebuilt every morning so that "upcoming" key dates and the timeline's "today" stay current.
          schedule:
            - cron: "17 4 * * *"

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        env:
          # Where WorkPlanSite is built from, and which version (a tag, a branch or a commit).
          WORKPLANSITE_REPOSITORY: workplansite/workplansite
          WORKPLANSITE_REF: main
          DOTNET_NOLOGO: "1"
          DOTNET_CLI_TELEMETRY_OPTOUT: "1"
          # Where the build keeps the site's compiled templates (see the cache step below).
          WORKPLANSITE_CACHE: ${{ github.workspace }}/.workplansite/template-cache

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - uses: actions/checkout@v4
                with:
                  repository: ${{ env.WORKPLANSITE_REPOSITORY }}
                  ref: ${{ env.WORKPLANSITE_REF }}
                  path: .workplansite/source
              - name: Install WorkPlanSite
                run: |
                  dotnet pack .workplansite/source/src/WorkPlanSite.Cli -c Release -o .workplansite/packages
                  # Installed from the package just built only: a package of the same name elsewhere is never taken.
                  printf '<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' "$PWD/.workplansite/packages" > .workplansite/nuget.config
                  dotnet tool install WorkPlanSite --tool-path .workplansite/tool --configfile .workplansite/nuget.config
                # Once WorkPlanSite is on a NuGet feed, this line replaces the two steps above:
                #   dotnet tool install WorkPlanSite --tool-path .workplansite/tool
              - id: source
                run: echo "commit=$(git -C .workplansite/source rev-parse HEAD)" >> "$GITHUB_OUTPUT"
              # The installed theme ships compiled; templates the site overrides in themes/ are compiled by the first
              # build after they change, and kept here between runs, keyed by WorkPlanSite's version and the site's
              # theme files.
              - uses: actions/cache@v4
                with:
                  path: .workplansite/template-cache
                  key: workplansite-templates-${{ steps.source.outputs.commit }}-${{ hashFiles('themes/**') }}
                  restore-keys: workplansite-templates-${{ steps.source.outputs.commit }}-
              # Search: Pagefind from npm (its binary comes inside the package), found by the build in node_modules.
              - uses: actions/setup-node@v4
                with:
                  node-version: "22"
              - name: Install Pagefind
                run: npm install --no-save --no-audit --no-fund pagefind@1.6.0
              # PDF: Chromium headless prints each programme's printable page (the runner's Chrome, or Debian's chromium).
              - name: Install Chromium
                run: |
                  command -v google-chrome || command -v chromium || { sudo apt-get update -qq && sudo apt-get install -y -qq chromium; }
              - id: pages
                uses: actions/configure-pages@v5
              # The base URL comes from Pages itself (https://<org>.github.io/<repo>/ or the custom domain).
              # The build date is today (UTC); set "buildDate" in site.config.json to pin it.
              - name: Build the site
                run: .workplansite/tool/workplansite build --pdf --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: _site

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;

    private const string Readme = """
        # Work programmes

        This folder is a [WorkPlanSite](https://github.com/workplansite/workplansite) site: the work
        programmes in `content/`, written in Markdown and YAML, become a website in French and English.

        ## Editing

        | to | run |
        |---|---|
        | see the site while you edit it (it reloads by itself) | `workplansite serve`, then open the address it prints |
        | add a programme | `workplansite new programme my-programme-2026` |
        | add an objective | `workplansite new objective my-programme-2026/1-first-objective` |
        | add an activity | `workplansite new activity my-programme-2026/1-1-first-activity` |
        | check everything | `workplansite check` |
        | build the site into `_site/` | `workplansite build` |

        Each item has one `.yaml` file (dates, order, links between items) and one `.fr.md` and `.en.md`
        file (the texts). Mistakes are reported with the file, the line and how to fix them; in VS Code,
        the YAML files are also checked while you type (accept the recommended YAML extension).

        ## Publishing

        Set `baseUrl` in `site.config.json` to the address of the site, push to GitHub and choose
        *Settings → Pages → Source: GitHub Actions*: `.github/workflows/pages.yml` builds and publishes
        the site on every push to `main`, and every morning.

        """;

    private static IEnumerable<(string Path, string Text)> Sample(int year)
    {
        var next = (year + 1).ToString(CultureInfo.InvariantCulture);
        var y = year.ToString(CultureInfo.InvariantCulture);
        yield return ("programme.yaml", $"""
            # yaml-language-server: $schema=../../schemas/programme.schema.json
            order: 1
            period: {y}/{next}
            themes:
              - people
              - places

            """);
        yield return ("programme.fr.md", $"""
            ---
            title: Programme de travail {y}-{next}
            organisation: Réseau des villes et régions
            summary: Un exemple de programme de travail sur deux ans, à remplacer par le vôtre.
            themes:
              people:
                name: Personnes
                tagline: Des sociétés inclusives
              places:
                name: Territoires
                tagline: Des territoires durables
            ---

            Ce programme est un **exemple**. Remplacez ses textes par ceux de votre programme, ou
            supprimez le dossier `content/{SampleProgramme}` et créez le vôtre avec
            `workplansite new programme`.

            """);
        yield return ("programme.en.md", $"""
            ---
            title: Work programme {y}-{next}
            organisation: Network of cities and regions
            summary: An example of a two-year work programme, to be replaced with yours.
            themes:
              people:
                name: People
                tagline: Inclusive societies
              places:
                name: Places
                tagline: Sustainable territories
            ---

            This programme is an **example**. Replace its texts with those of your programme, or
            delete the folder `content/{SampleProgramme}` and create yours with
            `workplansite new programme`.

            """);
        yield return ("objectives/1-cooperation.yaml", """
            # yaml-language-server: $schema=../../../schemas/objective.schema.json
            kind: specific
            code: "1"
            order: 1
            themes: [people, places]

            """);
        yield return ("objectives/1-cooperation.fr.md", """
            ---
            title: Renforcer la coopération entre les membres
            slug: cooperation
            expectedResults: |
              Les membres échangent régulièrement leurs pratiques.
            ---

            Le réseau organise des rencontres et partage les expériences de ses membres.

            """);
        yield return ("objectives/1-cooperation.en.md", """
            ---
            title: Strengthen cooperation between members
            slug: cooperation
            expectedResults: |
              Members regularly exchange their practices.
            ---

            The network organises meetings and shares its members' experience.

            """);
        yield return ("activities/1-1-meetings.yaml", $"""
            # yaml-language-server: $schema=../../../schemas/activity.schema.json
            code: "1.1"
            order: 1
            objective: 1-cooperation
            themes: [people]
            period: {y}-03/{next}-06
            lead:
              fr: Secrétariat
              en: Secretariat

            """);
        yield return ("activities/1-1-meetings.fr.md", """
            ---
            title: Rencontres des membres
            slug: rencontres
            expectedResults: |
              Deux rencontres par an, ouvertes à tous les membres.
            ---

            Chaque rencontre porte sur un thème choisi par les membres.

            """);
        yield return ("activities/1-1-meetings.en.md", """
            ---
            title: Members' meetings
            slug: meetings
            expectedResults: |
              Two meetings a year, open to all members.
            ---

            Each meeting addresses a theme chosen by the members.

            """);
        yield return ("key-dates.yaml", $"""
            # yaml-language-server: $schema=../../schemas/key-dates.schema.json
            - date: {y}-03-15
              title:
                fr: Première rencontre des membres
                en: First members' meeting
              place:
                fr: Bruxelles
                en: Brussels
              activity: 1-1-meetings
            - date: {y}-autumn
              title:
                fr: Assemblée générale
                en: General assembly

            """);
    }
}
