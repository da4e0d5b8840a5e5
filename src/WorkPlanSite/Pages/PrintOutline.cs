using System.Collections.Immutable;
using System.Globalization;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Pages;

/// <summary>A numbered heading of a programme's printable page, as its table of contents lists it.</summary>
/// <param name="Id">The heading's id, the target of the contents' link.</param>
/// <param name="Number">"4", "4.2".</param>
/// <param name="Title">The heading's text after its number.</param>
/// <param name="Children">The headings listed under it in the table of contents (the objectives, the activities' themes).</param>
public sealed record PrintSection(string Id, string Number, string Title, ImmutableArray<PrintSection> Children);

/// <summary>
/// The numbered headings of a programme's printable page, in the order the page shows them: introduction, general
/// objective, themes, specific objectives (each numbered, and each of its activities), other activities (by theme when
/// they are grouped), key dates. Sections the programme does not have are left out, and the numbers follow on.
/// </summary>
/// <param name="Sections">The page's sections, each with the headings the contents list under it.</param>
/// <param name="Numbers">The number of every numbered heading by its id, activities included (<c>a-{id}</c>, <c>o-{id}</c>).</param>
public sealed record PrintOutline(ImmutableArray<PrintSection> Sections, ImmutableDictionary<string, string> Numbers)
{
    /// <summary>The number of the heading <paramref name="id"/>.</summary>
    public string Number(string id) => Numbers[id];

    /// <summary>The outline of <paramref name="programme"/>'s printable page, titled with <paramref name="strings"/>.</summary>
    public static PrintOutline Of(ProgrammeView programme, UiStrings strings)
    {
        var numbers = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var sections = new List<PrintSection>();
        string Next() => (sections.Count + 1).ToString(CultureInfo.InvariantCulture);
        void Add(string id, string title, ImmutableArray<PrintSection> children = default)
        {
            var number = Next();
            numbers[id] = number;
            sections.Add(new PrintSection(id, number, title, children.IsDefault ? [] : children));
        }

        if (!string.IsNullOrWhiteSpace(programme.IntroductionHtml))
        {
            Add("programme-introduction", strings["print.introduction"]);
        }

        if (programme.GeneralObjective is not null)
        {
            Add("general-objective", strings["programme.generalObjective"]);
        }

        if (!programme.Themes.IsEmpty)
        {
            Add("themes", strings[programme.ThemesAreAxes ? "programme.axes" : "programme.themes"]);
        }

        if (!programme.Objectives.IsEmpty)
        {
            var number = Next();
            var children = programme.Objectives.Select((objective, i) =>
            {
                var own = $"{number}.{i + 1}";
                numbers["o-" + objective.Id] = own;
                for (var j = 0; j < objective.Activities.Length; j++)
                {
                    numbers["a-" + objective.Activities[j].Id] = $"{own}.{j + 1}";
                }

                var title = objective.Code is null ? objective.Title : $"{strings.Format("objective.label", ("code", objective.Code))} {objective.Title}";
                return new PrintSection("o-" + objective.Id, own, title, []);
            }).ToImmutableArray();
            Add("objectives", strings["programme.objectives"], children);
        }

        if (!programme.OtherActivities.IsEmpty)
        {
            var number = Next();
            var children = new List<PrintSection>();
            var counter = 0;
            foreach (var group in programme.OtherActivities)
            {
                if (group.Theme is { } theme)
                {
                    var own = $"{number}.{++counter}";
                    numbers["g-" + theme.Id] = own;
                    children.Add(new PrintSection("g-" + theme.Id, own, theme.Name, []));
                    for (var j = 0; j < group.Activities.Length; j++)
                    {
                        numbers["a-" + group.Activities[j].Id] = $"{own}.{j + 1}";
                    }
                }
                else
                {
                    foreach (var activity in group.Activities)
                    {
                        numbers["a-" + activity.Id] = $"{number}.{++counter}";
                    }
                }
            }

            Add("activities", strings[programme.Objectives.IsEmpty ? "programme.activities" : "programme.otherActivities"], [.. children]);
        }

        if (!programme.KeyDates.IsEmpty)
        {
            Add("key-dates", strings["print.keyDates"]);
        }

        return new PrintOutline([.. sections], numbers.ToImmutable());
    }
}
