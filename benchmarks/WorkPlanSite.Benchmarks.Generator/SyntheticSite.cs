namespace WorkPlanSite.Benchmarks.Generator;

/// <summary>Texts of one item in one language.</summary>
internal sealed record ItemText(string Title, string ExpectedResults, string Body);

/// <summary>A synthetic objective.</summary>
internal sealed record SyntheticObjective(string Id, int Order, string Theme, IReadOnlyDictionary<string, ItemText> Texts);

/// <summary>A synthetic activity: a period of months, a lead, partners and texts.</summary>
internal sealed record SyntheticActivity(
    string Id,
    string Code,
    int Order,
    string ObjectiveId,
    string Theme,
    DateOnly Start,
    DateOnly End,
    IReadOnlyDictionary<string, string> Lead,
    IReadOnlyList<string> Partners,
    IReadOnlyDictionary<string, ItemText> Texts);

/// <summary>A synthetic key date, on one day or a range of days.</summary>
internal sealed record SyntheticKeyDate(DateOnly Start, DateOnly? End, IReadOnlyDictionary<string, string> Title, string Place, string? ActivityId);

/// <summary>A synthetic programme of two years.</summary>
internal sealed record SyntheticProgramme(
    string Id,
    int Order,
    int StartYear,
    IReadOnlyDictionary<string, ItemText> Texts,
    IReadOnlyDictionary<string, string> Organisation,
    IReadOnlyList<(string Id, IReadOnlyDictionary<string, string> Name)> Themes,
    IReadOnlyList<SyntheticObjective> Objectives,
    IReadOnlyList<SyntheticActivity> Activities,
    IReadOnlyList<SyntheticKeyDate> KeyDates);

/// <summary>
/// The shape of the benchmark site, and how many HTML pages it has. Per language: the home page, the
/// "not found" page, and per programme its page, its key dates page, its timeline page, one page per
/// objective and one per activity. Plus the site root and the root "not found" page.
/// </summary>
internal sealed record SiteShape(int Programmes)
{
    public const int ObjectivesPerProgramme = 4;
    public const int ActivitiesPerObjective = 5;
    public const int KeyDatesPerProgramme = 8;
    public static readonly string[] Languages = ["fr", "en"];

    public static int PagesPerProgrammeAndLanguage => 3 + ObjectivesPerProgramme + (ObjectivesPerProgramme * ActivitiesPerObjective);

    public int Pages => 2 + (Languages.Length * (2 + (Programmes * PagesPerProgrammeAndLanguage)));

    /// <summary>The shape whose page count is nearest to <paramref name="pages"/>.</summary>
    public static SiteShape ForPages(int pages)
    {
        var perProgramme = Languages.Length * PagesPerProgrammeAndLanguage;
        var fixedPages = 2 + (Languages.Length * 2);
        return new SiteShape(Math.Max(1, (int)Math.Round((pages - fixedPages) / (double)perProgramme, MidpointRounding.AwayFromZero)));
    }
}

/// <summary>Makes the synthetic programmes, deterministically from a seed.</summary>
internal sealed class SiteFactory(int seed)
{
    private static readonly string[] Places = ["Bruxelles", "Strasbourg", "Porto", "Glasgow", "Lisboa", "Wien", "Praha", "Tallinn"];
    private static readonly string[] PartnerNames = ["PLATFORMA", "IncluCities", "Eurocities", "UCLG", "ICLEI", "AER", "CPMR", "Energy Cities"];

    public IReadOnlyList<SyntheticProgramme> Create(SiteShape shape) =>
        Enumerable.Range(1, shape.Programmes).Select(Programme).ToList();

    private SyntheticProgramme Programme(int number)
    {
        // HashCode.Combine is randomized per process: combine by hand so that every run writes the same site.
        var random = new Random(unchecked((seed * 7919) + number) & int.MaxValue);
        var text = new Prose(random);
        var id = $"programme-{number:D4}";
        var startYear = 2015 + (number % 10);
        var themes = new List<(string, IReadOnlyDictionary<string, string>)>
        {
            ("people", new Dictionary<string, string> { ["fr"] = "Personnes", ["en"] = "People" }),
            ("places", new Dictionary<string, string> { ["fr"] = "Territoires", ["en"] = "Places" }),
        };
        var texts = SiteShape.Languages.ToDictionary(l => l, l => new ItemText(
            $"{text.Title(l, 5)} {startYear}-{startYear + 1}",
            text.Sentences(l, 2),
            text.Body(l, number)));
        var organisation = SiteShape.Languages.ToDictionary(l => l, l => $"{text.Title(l, 3)} ({id})");

        var objectives = new List<SyntheticObjective>();
        var activities = new List<SyntheticActivity>();
        for (var o = 1; o <= SiteShape.ObjectivesPerProgramme; o++)
        {
            var objectiveId = $"{o}-{text.Slug()}";
            objectives.Add(new SyntheticObjective(objectiveId, o, themes[o % 2].Item1, Texts(text, number * 100 + o)));
            for (var a = 1; a <= SiteShape.ActivitiesPerObjective; a++)
            {
                var start = new DateOnly(startYear, 1 + random.Next(12), 1);
                var end = start.AddMonths(2 + random.Next(10));
                var lastOfProgramme = new DateOnly(startYear + 1, 12, 1);
                end = end > lastOfProgramme ? lastOfProgramme : end;
                activities.Add(new SyntheticActivity(
                    $"{o}-{a}-{text.Slug()}",
                    $"{o}.{a}",
                    a,
                    objectiveId,
                    themes[(o + a) % 2].Item1,
                    start,
                    end,
                    new Dictionary<string, string> { ["fr"] = $"Secrétariat {o}.{a}", ["en"] = $"Secretariat {o}.{a}" },
                    Enumerable.Range(0, 1 + random.Next(3)).Select(i => PartnerNames[random.Next(PartnerNames.Length)]).Distinct().ToList(),
                    Texts(text, number * 1000 + o * 10 + a)));
            }
        }

        var keyDates = new List<SyntheticKeyDate>();
        for (var k = 0; k < SiteShape.KeyDatesPerProgramme; k++)
        {
            var day = new DateOnly(startYear, 1, 1).AddDays(random.Next(700));
            DateOnly? end = k % 3 == 0 ? day.AddDays(1 + random.Next(4)) : null;
            var title = SiteShape.Languages.ToDictionary(l => l, l => text.Title(l, 4));
            keyDates.Add(new SyntheticKeyDate(day, end, title, Places[random.Next(Places.Length)], k % 2 == 0 ? activities[random.Next(activities.Count)].Id : null));
        }

        return new SyntheticProgramme(id, number, startYear, texts, organisation, themes, objectives, activities, keyDates);
    }

    private static IReadOnlyDictionary<string, ItemText> Texts(Prose text, int n) =>
        SiteShape.Languages.ToDictionary(l => l, l => new ItemText(text.Title(l, 8), text.Sentences(l, 2), text.Body(l, n)));
}
