using System.Globalization;
using WorkPlanSite.Building;
using WorkPlanSite.Serving;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Building;

/// <summary>
/// A seeded, bounded walk of edits an author makes while the preview runs (texts, titles, dates, slugs, activities
/// and translations added and deleted, YAML broken and repaired, a dead link, a missing #fragment, a sanitized tag,
/// images and documents next to the texts added, changed and removed, the configuration, the site's own pages and the home page's introduction, the menus). After every step the preview serves byte for byte what a fresh <c>build</c> writes and reports
/// what a fresh <c>check</c> reports, or, when <c>build</c> refuses the site, serves no new site.
/// <c>WPS_REBUILD_STEPS</c> and <c>WPS_REBUILD_SEED</c> explore longer walks and other seeds.
/// </summary>
public sealed class PreviewRebuildPropertyTests
{
    private static readonly Uri Origin = new("https://example.org");

    [Fact]
    public async Task After_every_edit_the_preview_serves_what_build_writes_and_reports_what_check_reports()
    {
        var steps = int.Parse(Environment.GetEnvironmentVariable("WPS_REBUILD_STEPS") ?? "200", CultureInfo.InvariantCulture);
        var seed = int.Parse(Environment.GetEnvironmentVariable("WPS_REBUILD_SEED") ?? "20261202", CultureInfo.InvariantCulture);
        using var site = PreviewRebuildTests.TwoProgrammes();
        var random = new Random(seed);
        var rebuilder = new PreviewRebuilder(site.Options);
        await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        for (var step = 1; step <= steps; step++)
        {
            var edit = Edits[random.Next(Edits.Length)];
            var changed = edit.Apply(site, random).Select(site.PathOf).ToList();
            var context = $"seed {seed}, step {step} ({edit.Name}): ";

            var rebuild = await rebuilder.RebuildAsync(Origin, changed, CancellationToken.None);
            var check = await site.CheckAsync();

            Assert.True(PreviewRebuildTests.Lines(check.Diagnostics).SequenceEqual(PreviewRebuildTests.Lines(rebuild.Result.Diagnostics)),
                context + "the preview reported\n" + string.Join("\n", rebuild.Result.Diagnostics) + "\nbut check reported\n" + string.Join("\n", check.Diagnostics));
            Assert.Equal(check.Succeeded, rebuild.Snapshot is not null);
            if (rebuild.Snapshot is { } served)
            {
                await PreviewRebuildTests.AssertServesWhatBuildWrites(site, served, context);
            }
        }
    }

    private sealed record Edit(string Name, Func<TinySite, Random, IEnumerable<string>> Apply);

    private const string Activity = "content/prog/activities/act";
    private const string Extra = "content/prog/activities/extra";

    private static readonly string[] Periods = ["2021-03/2021-06", "2021", "2022-Q2", "2021-13", "2021-09/2021-03", "2021-05-31"];

    private static readonly string[] Paragraphs =
    [
        "Description.",
        "A **new** description with a [link to the objective](../objectives/obj.en.md).",
        "See <a href=\"/sub/en/nowhere/\">this page</a>.",
        "See [the part below](#nowhere).",
        "Text.\n\n<iframe src=\"https://x.example/\"></iframe>",
        "A [link to a missing file](missing.en.md).",
        "Text with an image ![](data:image/png;base64,AAAA).",
        "See [the other programme](../../other/programme.en.md) and [its plan](../../other/activities/plan.en.md#the-plan).",
        "The plan: ![The plan](plan.png)",
        "The plan ![The plan](plan.png) and the [signed programme](../../other/programme.pdf).",
    ];

    private const string Image = "content/prog/activities/plan.png";
    private const string Document = "content/other/programme.pdf";

    private const string OtherPlan = "content/other/activities/plan";

    private const string About = "content/pages/about";
    private const string Team = "content/pages/about/team";

    private static readonly string[] PageParagraphs =
    [
        "Who we are.",
        "Write to [the secretariat](contact.en.md) about [the activity](../prog/activities/act.en.md).",
        "See [the other programme](../other/programme.en.md).",
        "A [link to a missing page](nowhere.en.md).",
        "The diagram: ![The diagram](diagram.png)",
    ];

    private const string PageImage = "content/pages/diagram.png";

    // The configuration with menus naming a page, the programmes (one by its title, which other edits change) and an
    // address; or a page that does not exist.
    private static string MenuConfig(Random random) => TinySite.DefaultConfig.Replace("\"buildDate\"", $$"""
        "menus": {
            "main": [
              { "page": "{{(random.Next(4) == 0 ? "abuot" : "about")}}" },
              { "programme": "other" },
              { "label": { "fr": "Plus", "en": "More" }, "children": [ { "programme": "prog", "label": "Prog" }, { "url": "https://example.com/", "label": "Example" } ] }
            ],
            "footer": [ { "page": "{{(random.Next(2) == 0 ? "team" : "about")}}" } ]
          },
          "buildDate"
        """, StringComparison.Ordinal);

    private static string[] Text(TinySite site, Random random)
    {
        site.Write(Activity + ".en.md", $"---\ntitle: Activity {random.Next(3)}\nexpectedResults: A result.\n---\n\n{Paragraphs[random.Next(Paragraphs.Length)]}\n");
        return [Activity + ".en.md"];
    }

    private static readonly Edit[] Edits =
    [
        new("text", Text),
        new("French title and slug", (site, random) =>
        {
            var slug = random.Next(3) switch { 0 => "activite", 1 => "autre-nom", _ => "Bad Slug!" };
            site.Write(Activity + ".fr.md", $"---\ntitle: Activité {random.Next(3)}\nslug: {slug}\nexpectedResults: Un résultat.\n---\n\nDescription.\n");
            return [Activity + ".fr.md"];
        }),
        new("period", (site, random) =>
        {
            site.Write(Activity + ".yaml", $"code: \"1.1\"\norder: 1\nobjective: obj\nthemes: [people]\nperiod: {Periods[random.Next(Periods.Length)]}\n");
            return [Activity + ".yaml"];
        }),
        new("broken YAML", (site, _) =>
        {
            site.Write(Activity + ".yaml", "code: \"1.1\"\norder: [1\nobjective: obj\n");
            return [Activity + ".yaml"];
        }),
        new("repaired YAML", (site, _) =>
        {
            site.Write(Activity + ".yaml", "code: \"1.1\"\norder: 1\nobjective: obj\nthemes: [people]\nperiod: 2021-03/2021-06\n");
            return [Activity + ".yaml"];
        }),
        new("activity added", (site, random) =>
        {
            site.Write(Extra + ".yaml", $"code: \"1.2\"\norder: 2\nobjective: obj\nperiod: 2022-0{1 + random.Next(9)}\n");
            site.Write(Extra + ".fr.md", "---\ntitle: Autre activité\n---\n\nTexte.\n");
            site.Write(Extra + ".en.md", "---\ntitle: Other activity\n---\n\nText.\n");
            return [Extra + ".yaml", Extra + ".fr.md", Extra + ".en.md"];
        }),
        new("activity deleted", (site, _) =>
        {
            string[] files = [Extra + ".yaml", Extra + ".fr.md", Extra + ".en.md"];
            foreach (var file in files)
            {
                site.Delete(file);
            }

            return files;
        }),
        new("translation deleted", (site, _) =>
        {
            site.Delete(Extra + ".en.md");
            return [Extra + ".en.md"];
        }),
        // A programme without key dates has no key dates page, calendar or links to them: they come and go with the file.
        new("key dates deleted", (site, _) =>
        {
            site.Delete("content/prog/key-dates.yaml");
            return ["content/prog/key-dates.yaml"];
        }),
        new("key dates written", (site, random) =>
        {
            site.Write("content/prog/key-dates.yaml", $"- date: 2021-0{1 + random.Next(9)}-15\n  title:\n    fr: Semaine verte\n    en: Green Week\n  activity: act\n");
            return ["content/prog/key-dates.yaml"];
        }),
        new("other programme retitled", (site, random) =>
        {
            site.Write("content/other/programme.en.md", $"---\ntitle: Other programme {random.Next(3)}\norganisation: Network\n---\n\nIntroduction.\n");
            return ["content/other/programme.en.md"];
        }),
        new("other programme reslugged", (site, random) =>
        {
            var slug = random.Next(3) switch { 0 => "other", 1 => "renamed", _ => "Bad Slug!" };
            site.Write("content/other/programme.en.md", $"---\ntitle: Other programme\nslug: {slug}\norganisation: Network\n---\n\nIntroduction.\n");
            return ["content/other/programme.en.md"];
        }),
        new("other programme's activity written", (site, random) =>
        {
            // Linked to from the first programme's text, with or without the section its link names.
            site.Write("content/other/objectives/goal.yaml", "kind: specific\ncode: \"1\"\norder: 1\n");
            site.Write("content/other/objectives/goal.fr.md", "---\ntitle: But\n---\n\nTexte.\n");
            site.Write("content/other/objectives/goal.en.md", "---\ntitle: Goal\n---\n\nText.\n");
            site.Write(OtherPlan + ".yaml", "code: \"1.1\"\norder: 1\nobjective: goal\nperiod: 2014\n");
            site.Write(OtherPlan + ".fr.md", "---\ntitle: Plan\n---\n\nTexte.\n");
            site.Write(OtherPlan + ".en.md", random.Next(2) == 0 ? "---\ntitle: Plan\n---\n\n## The plan\n\nText.\n" : "---\ntitle: Plan\n---\n\nText.\n");
            return ["content/other/objectives/goal.yaml", "content/other/objectives/goal.fr.md", "content/other/objectives/goal.en.md", OtherPlan + ".yaml", OtherPlan + ".fr.md", OtherPlan + ".en.md"];
        }),
        new("other programme's activity deleted", (site, _) =>
        {
            string[] files = [OtherPlan + ".yaml", OtherPlan + ".fr.md", OtherPlan + ".en.md"];
            foreach (var file in files)
            {
                site.Delete(file);
            }

            return files;
        }),
        new("linked image written", (site, random) =>
        {
            // Another size, or the same size with other pixels (only the copy tells).
            var image = TestImages.Png(10 + random.Next(3), 10);
            image[^5] = (byte)random.Next(256);
            site.WriteBytes(Image, image);
            return [Image];
        }),
        new("linked image removed", (site, _) =>
        {
            site.Delete(Image);
            return [Image];
        }),
        new("document in the other programme written or removed", (site, random) =>
        {
            if (random.Next(3) == 0)
            {
                site.Delete(Document);
            }
            else
            {
                site.WriteBytes(Document, new byte[1_000 + random.Next(3)]);
            }

            return [Document];
        }),
        new("configuration", (site, random) =>
        {
            var config = random.Next(3) switch
            {
                0 => TinySite.DefaultConfig,
                1 => TinySite.DefaultConfig.Replace("\"Site EN\"", "\"Renamed site\"", StringComparison.Ordinal),
                _ => TinySite.DefaultConfig.Replace("\"buildDate\"", "\"buildDate\": 3, \"x\"", StringComparison.Ordinal),
            };
            site.Write("site.config.json", config);
            return ["site.config.json"];
        }),
        new("page written", (site, random) =>
        {
            var slug = random.Next(3) switch { 0 => "a-propos", 1 => "programmes", _ => "qui" };
            site.Write(About + ".fr.md", $"---\ntitle: À propos {random.Next(3)}\nslug: {slug}\n---\n\nQui nous sommes.\n");
            site.Write(About + ".en.md", $"---\ntitle: About\n---\n\n{PageParagraphs[random.Next(PageParagraphs.Length)]}\n");
            site.Write("content/pages/contact.en.md", "---\ntitle: Contact\n---\n\nWrite to us.\n");
            return [About + ".fr.md", About + ".en.md", "content/pages/contact.en.md"];
        }),
        new("page's translation deleted", (site, _) =>
        {
            site.Delete(About + ".en.md");
            return [About + ".en.md"];
        }),
        new("nested page written", (site, random) =>
        {
            site.Write(Team + ".fr.md", $"---\ntitle: Équipe\nslug: equipe\n---\n\nVoir [l'activité](../../prog/activities/act.fr.md){(random.Next(2) == 0 ? "" : " et [la page](../../pages/about.fr.md)")}.\n");
            return [Team + ".fr.md"];
        }),
        new("nested page deleted", (site, _) =>
        {
            site.Delete(Team + ".fr.md");
            return [Team + ".fr.md"];
        }),
        new("image next to the pages written or removed", (site, random) =>
        {
            if (random.Next(3) == 0)
            {
                site.Delete(PageImage);
            }
            else
            {
                site.WriteBytes(PageImage, TestImages.Png(20 + random.Next(3), 10));
            }

            return [PageImage];
        }),
        new("home introduction", (site, random) =>
        {
            if (random.Next(3) == 0)
            {
                site.Delete("content/home.en.md");
            }
            else
            {
                site.Write("content/home.en.md", random.Next(3) switch
                {
                    0 => "Welcome to [our site](pages/about.en.md).\n",
                    1 => "Welcome: ![The diagram](pages/diagram.png)\n",
                    _ => "---\ntitle: x\n---\n\nWelcome.\n",
                });
            }

            return ["content/home.en.md"];
        }),
        new("menus", (site, random) =>
        {
            site.Write("site.config.json", MenuConfig(random));
            return ["site.config.json"];
        }),
        new("activity linking to a page", (site, random) =>
        {
            site.Write(Activity + ".en.md", $"---\ntitle: Activity\nexpectedResults: A result.\n---\n\nWrite to [us](../../pages/{(random.Next(2) == 0 ? "contact" : "about")}.en.md).\n");
            return [Activity + ".en.md"];
        }),
        new("theme asset", (site, random) =>
        {
            // An i18n override of the site, merged key by key over the theme's strings.
            site.Write("i18n/en.yaml", random.Next(2) == 0 ? "site:\n  skipToContent: Skip ahead\n" : "site:\n  skipToContentt: Typo\n");
            return ["i18n/en.yaml"];
        }),
    ];
}
