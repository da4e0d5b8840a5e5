using System.Globalization;

namespace WorkPlanSite.Scaffolding;

/// <summary>
/// <c>workplansite init</c>: a new site in an empty folder — the configuration with its menus, a placeholder logo, one short sample
/// programme and the site's own pages (<see cref="StarterPages"/>) in French and English, the JSON Schemas and editor
/// settings, the GitHub Pages workflow, a README for its editors.
/// </summary>
public static class SiteInitializer
{
    /// <summary>The programme id of the sample.</summary>
    public const string SampleProgramme = "sample";

    /// <summary>Creates the site in <paramref name="folder"/> (created if missing; it must be empty but for a .git folder).</summary>
    /// <param name="folder">Where to create the site.</param>
    /// <param name="today">The date the sample programme's dates are counted from (it starts six months before).</param>
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
        files.Add("site.config.json", SiteConfigText.Replace("{{MENUS}}\n", StarterPages.Menus + "\n", StringComparison.Ordinal));
        files.Add(LogoPlaceholder.Path, LogoPlaceholder.Svg);
        foreach (var (name, text) in Schemas())
        {
            files.Add("schemas/" + name, text);
        }

        files.Add(".vscode/settings.json", VsCodeSettings);
        files.Add(".vscode/extensions.json", "{\n  \"recommendations\": [\"redhat.vscode-yaml\"]\n}\n");
        files.Add(".github/workflows/pages.yml", PagesWorkflow);
        files.Add(".gitignore", "_site/\n.workplansite/\nnode_modules/\n");
        files.Add("README.md", Readme);
        foreach (var (path, text) in Sample(today))
        {
            files.Add($"content/{SampleProgramme}/{path}", text);
        }

        foreach (var (path, text) in StarterPages.Files())
        {
            files.Add($"content/pages/{path}", text);
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
          "identity": {
            "logo": {
              "file": "branding/logo.svg",
              "alt": { "fr": "Notre organisation", "en": "Our organisation" }
            },
            "favicon": "branding/logo.svg"
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
                "timeline": "calendrier",
                "progress": "avancement",
                "print": "impression",
                "search": "recherche"
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
          "missingTranslations": "fallback",
        {{MENUS}}
        }

        """;

    private const string VsCodeSettings = """
        {
          "yaml.schemas": {
            "./schemas/programme.schema.json": "content/*/programme.yaml",
            "./schemas/objective.schema.json": "content/*/objectives/*.yaml",
            "./schemas/activity.schema.json": "content/*/activities/*.yaml",
            "./schemas/key-dates.schema.json": "content/*/key-dates.yaml",
            "./schemas/page.schema.json": "content/pages/**/*.yaml"
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
        | add a page of the site's own | `workplansite new page my-page` |
        | check everything | `workplansite check` |
        | build the site into `_site/` | `workplansite build` |

        Each item has one `.yaml` file (dates, order, links between items) and one `.fr.md` and `.en.md`
        file (the texts). The site's own pages (about, contact, legal notice, accessibility statement) are
        in `content/pages/`: complete what is marked "To be completed" before publishing; the menus are
        in `site.config.json` under `menus`.
        Mistakes are reported with the file, the line and how to fix them; in VS Code,
        the YAML files are also checked while you type (accept the recommended YAML extension).

        ## Publishing

        Set `baseUrl` in `site.config.json` to the address of the site, push to GitHub and choose
        *Settings → Pages → Source: GitHub Actions*: `.github/workflows/pages.yml` builds and publishes
        the site on every push to `main`, and every morning.

        """;

    /// <summary>
    /// The sample programme: two years starting six months before <paramref name="today"/>, so that it shows what a
    /// programme under way looks like: activities in every status, one of them late, progress figures and weights,
    /// milestones done and to do, indicators, progress notes. Every date is counted from <paramref name="today"/>.
    /// </summary>
    private static IEnumerable<(string Path, string Text)> Sample(DateOnly today)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-6);
        string Month(int months) => start.AddMonths(months).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var first = start.Year.ToString(CultureInfo.InvariantCulture);
        var last = start.AddMonths(23).Year.ToString(CultureInfo.InvariantCulture);
        var firstYear = first;
        var secondYear = (start.Year + 1).ToString(CultureInfo.InvariantCulture);
        var assembly = start.AddMonths(12);
        var assemblyQuarter = FormattableString.Invariant($"{assembly.Year}-Q{(assembly.Month - 1) / 3 + 1}");
        yield return ("programme.yaml", $"""
            # yaml-language-server: $schema=../../schemas/programme.schema.json
            order: 1
            period: {Month(0)}/{Month(23)}
            themes:
              - people
              - places

            """);
        yield return ("programme.fr.md", $"""
            ---
            title: Programme de travail {first}-{last}
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

            Ses activités disent où elles en sont (état, avancement, étapes, indicateurs, nouvelles) :
            la page « Avancement » du programme en fait la synthèse.

            """);
        yield return ("programme.en.md", $"""
            ---
            title: Work programme {first}-{last}
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

            Its activities say how far they have got (status, progress, milestones, indicators, news):
            the programme's "Progress" page sums it up.

            """);
        yield return ("objectives/1-cooperation.yaml", $"""
            # yaml-language-server: $schema=../../../schemas/objective.schema.json
            kind: specific
            code: "1"
            order: 1
            themes: [people, places]
            weight: 2
            indicators:
              - id: members
                kind: number
                baseline: 40
                baselineDate: {Month(-1)}
                values:
                  - period: {firstYear}
                    target: 60
                    actual: 52
                  - period: {secondYear}
                    target: 80

            """);
        yield return ("objectives/1-cooperation.fr.md", $"""
            ---
            title: Renforcer la coopération entre les membres
            slug: cooperation
            expectedResults: |
              Les membres échangent régulièrement leurs pratiques.
            indicators:
              members:
                title: Membres ayant participé à au moins une activité
                comments:
                  "{firstYear}": Les villes moyennes restent peu présentes.
            ---

            Le réseau organise des rencontres et partage les expériences de ses membres.

            """);
        yield return ("objectives/1-cooperation.en.md", $"""
            ---
            title: Strengthen cooperation between members
            slug: cooperation
            expectedResults: |
              Members regularly exchange their practices.
            indicators:
              members:
                title: Members who took part in at least one activity
                comments:
                  "{firstYear}": Medium-sized cities are still few.
            ---

            The network organises meetings and shares its members' experience.

            """);
        yield return ("objectives/2-knowledge.yaml", $"""
            # yaml-language-server: $schema=../../../schemas/objective.schema.json
            kind: specific
            code: "2"
            order: 2
            themes: [places]
            indicators:
              - id: satisfaction
                kind: percentage
                baseline: 70
                baselineDate: {Month(-1)}
                values:
                  - period: {firstYear}
                    target: 75
                    actual: 78

            """);
        yield return ("objectives/2-knowledge.fr.md", """
            ---
            title: Partager les connaissances
            slug: connaissances
            expectedResults: |
              Les membres trouvent facilement des exemples utiles à leur action.
            indicators:
              satisfaction:
                title: Membres satisfaits des ressources du réseau
            ---

            Le réseau publie des guides et des études à partir de l'expérience de ses membres.

            """);
        yield return ("objectives/2-knowledge.en.md", """
            ---
            title: Share knowledge
            slug: knowledge
            expectedResults: |
              Members easily find examples that help their work.
            indicators:
              satisfaction:
                title: Members satisfied with the network's resources
            ---

            The network publishes guides and studies drawn from its members' experience.

            """);
        yield return ("activities/1-1-meetings.yaml", $"""
            # yaml-language-server: $schema=../../../schemas/activity.schema.json
            code: "1.1"
            order: 1
            objective: 1-cooperation
            themes: [people]
            period: {Month(0)}/{Month(21)}
            lead:
              fr: Secrétariat
              en: Secretariat
            # How far it has got (see docs/content-format.md, "Progress").
            status: under-way
            progress: 40
            weight: 2
            updated: {Day(today.AddDays(-12))}
            milestones:
              - id: first-meeting
                date: {Month(1)}-15
                done: true
              - id: second-meeting
                date: {Month(8)}
              - id: report
                date: {Month(21)}
            indicators:
              - id: participants
                kind: number
                values:
                  - period: {firstYear}
                    target: 120
                    actual: 95
              # A qualitative value is written once for every language: here a grade.
              - id: rating
                kind: qualitative
                values:
                  - period: {firstYear}
                    target: A
                    actual: B

            """);
        yield return ("activities/1-1-meetings.fr.md", $"""
            ---
            title: Rencontres des membres
            slug: rencontres
            expectedResults: |
              Deux rencontres par an, ouvertes à tous les membres.
            milestones:
              first-meeting: Première rencontre
              second-meeting: Deuxième rencontre
              report: Bilan des rencontres
            progressNote: La première rencontre a réuni 95 participants ; la deuxième est en préparation.
            indicators:
              participants:
                title: Participants aux rencontres
                comments:
                  "{firstYear}": Une seule rencontre a eu lieu cette année.
              rating:
                title: Appréciation des participants (de A à E)
            ---

            Chaque rencontre porte sur un thème choisi par les membres.

            """);
        yield return ("activities/1-1-meetings.en.md", $"""
            ---
            title: Members' meetings
            slug: meetings
            expectedResults: |
              Two meetings a year, open to all members.
            milestones:
              first-meeting: First meeting
              second-meeting: Second meeting
              report: Review of the meetings
            progressNote: The first meeting brought together 95 participants; the second is being prepared.
            indicators:
              participants:
                title: Participants in the meetings
                comments:
                  "{firstYear}": Only one meeting took place this year.
              rating:
                title: Participants' rating (from A to E)
            ---

            Each meeting addresses a theme chosen by the members.

            """);
        yield return ("activities/1-2-visits.yaml", $"""
            # yaml-language-server: $schema=../../../schemas/activity.schema.json
            code: "1.2"
            order: 2
            objective: 1-cooperation
            themes: [places]
            period: {Month(0)}/{Month(3)}
            status: under-way
            progress: 70
            updated: {Day(today.AddDays(-40))}

            """);
        yield return ("activities/1-2-visits.fr.md", """
            ---
            title: Visites d'échange entre membres
            slug: visites-echange
            progressNote: Deux visites restent à organiser ; elles auront lieu avec un peu de retard.
            ---

            Des équipes de villes membres passent deux jours chez une autre ville.

            """);
        yield return ("activities/1-2-visits.en.md", """
            ---
            title: Exchange visits between members
            slug: exchange-visits
            progressNote: Two visits are still to be organised; they will take place a little late.
            ---

            Teams from member cities spend two days with another city.

            """);
        yield return ("activities/1-3-survey.yaml", $"""
            # yaml-language-server: $schema=../../../schemas/activity.schema.json
            code: "1.3"
            order: 3
            objective: 1-cooperation
            themes: [people]
            period: {Month(9)}/{Month(11)}
            status: postponed
            updated: {Day(today.AddDays(-20))}

            """);
        yield return ("activities/1-3-survey.fr.md", """
            ---
            title: Enquête auprès des membres
            slug: enquete
            progressNote: Reportée après l'assemblée générale, pour en reprendre les conclusions.
            ---

            Une enquête sur les attentes des membres envers le réseau.

            """);
        yield return ("activities/1-3-survey.en.md", """
            ---
            title: Members' survey
            slug: survey
            progressNote: Postponed until after the general assembly, to take up its conclusions.
            ---

            A survey of what members expect from the network.

            """);
        yield return ("activities/2-1-guide.yaml", $"""
            # yaml-language-server: $schema=../../../schemas/activity.schema.json
            code: "2.1"
            order: 1
            objective: 2-knowledge
            themes: [places]
            period: {Month(0)}/{Month(4)}
            status: completed
            updated: {Day(today.AddDays(-30))}
            milestones:
              - id: draft
                date: {Month(2)}
                done: true
              - id: publication
                date: {Month(4)}
                done: true

            """);
        yield return ("activities/2-1-guide.fr.md", """
            ---
            title: Guide des bonnes pratiques
            slug: guide
            milestones:
              draft: Projet de guide
              publication: Publication
            progressNote: Le guide est publié en français et en anglais.
            ---

            Un guide des pratiques de coopération qui ont fait leurs preuves.

            """);
        yield return ("activities/2-1-guide.en.md", """
            ---
            title: Good practice guide
            slug: guide
            milestones:
              draft: Draft guide
              publication: Publication
            progressNote: The guide is published in French and English.
            ---

            A guide to cooperation practices that have proved their worth.

            """);
        yield return ("activities/2-2-webinars.yaml", $"""
            # yaml-language-server: $schema=../../../schemas/activity.schema.json
            code: "2.2"
            order: 2
            objective: 2-knowledge
            themes: [places]
            period: {Month(8)}/{Month(20)}
            status: planned
            updated: {Day(today.AddDays(-5))}

            """);
        yield return ("activities/2-2-webinars.fr.md", """
            ---
            title: Webinaires thématiques
            slug: webinaires
            ---

            Un webinaire par trimestre sur un sujet proposé par les membres.

            """);
        yield return ("activities/2-2-webinars.en.md", """
            ---
            title: Thematic webinars
            slug: webinars
            ---

            One webinar a quarter on a subject proposed by the members.

            """);
        yield return ("activities/2-3-study.yaml", $"""
            # yaml-language-server: $schema=../../../schemas/activity.schema.json
            code: "2.3"
            order: 3
            objective: 2-knowledge
            themes: [places]
            period: {Month(2)}/{Month(5)}
            status: cancelled
            updated: {Day(today.AddDays(-60))}

            """);
        yield return ("activities/2-3-study.fr.md", """
            ---
            title: Étude sur les territoires ruraux
            slug: etude
            progressNote: Annulée faute de financement ; le sujet sera repris dans les webinaires.
            ---

            Une étude comparée des politiques rurales des membres.

            """);
        yield return ("activities/2-3-study.en.md", """
            ---
            title: Study on rural areas
            slug: study
            progressNote: Cancelled for lack of funding; the subject will be taken up in the webinars.
            ---

            A comparative study of members' rural policies.

            """);
        yield return ("key-dates.yaml", $"""
            # yaml-language-server: $schema=../../schemas/key-dates.schema.json
            - date: {Month(1)}-15
              title:
                fr: Première rencontre des membres
                en: First members' meeting
              place:
                fr: Bruxelles
                en: Brussels
              activity: 1-1-meetings
            - date: {assemblyQuarter}
              title:
                fr: Assemblée générale
                en: General assembly

            """);
    }
}
