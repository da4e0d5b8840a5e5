using System.Collections.Immutable;

namespace WorkPlanSite.Pages;

/// <summary>An activity's phases in words, as a range of dates is written.</summary>
internal static class PhaseRanges
{
    /// <summary>
    /// Each run of phases that follow one another in the programme as its first and its last ("Consolidation phase –
    /// Dialogue phase"), runs apart by commas: the four names of a whole year made a timeline row nine lines tall on a
    /// phone. <paramref name="phases"/> are in the programme's order, as <paramref name="programme"/> lists them.
    /// </summary>
    public static string Text(ImmutableArray<PhaseView> phases, ImmutableArray<PhaseView> programme)
    {
        var runs = new List<string>();
        for (var start = 0; start < phases.Length;)
        {
            var end = start;
            while (end + 1 < phases.Length && IndexOf(programme, phases[end + 1].Id) == IndexOf(programme, phases[end].Id) + 1)
            {
                end++;
            }

            runs.Add(end == start ? phases[start].Name : $"{phases[start].Name} – {phases[end].Name}");
            start = end + 1;
        }

        return string.Join(", ", runs);
    }

    private static int IndexOf(ImmutableArray<PhaseView> programme, string id)
    {
        for (var i = 0; i < programme.Length; i++)
        {
            if (programme[i].Id == id)
            {
                return i;
            }
        }

        return -2;
    }
}
