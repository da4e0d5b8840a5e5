namespace WorkPlanSite.Text;

/// <summary>Finds the known word closest to a mistyped one, for "did you mean …?" hints.</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="typed"/>, or null when none is close enough to be a likely typo.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(2, typed.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>A hint sentence, or null when there is no likely candidate.</summary>
    public static string? DidYouMean(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } match ? $"Did you mean '{match}'?" : null;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
