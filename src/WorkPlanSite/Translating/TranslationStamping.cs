namespace WorkPlanSite.Translating;

/// <summary>What a stamping run did: one line per stamped file, and the problems met.</summary>
public sealed record StampingOutcome(IReadOnlyList<string> Lines, IReadOnlyList<string> Problems);

/// <summary>Chooses which translations to stamp with their original's current fingerprint, and stamps them.</summary>
public static class TranslationStamping
{
    /// <summary>
    /// Stamps the translations whose files are in <paramref name="files"/> (paths relative to the site root), or,
    /// when it is empty, every untracked translation: an outdated one is never stamped unless named, since stamping
    /// declares it up to date.
    /// </summary>
    public static StampingOutcome Apply(TranslationReport report, string siteRoot, IReadOnlySet<string> files)
    {
        var candidates = report.Languages.SelectMany(l => l.Entries)
            .Where(e => e.Kind != TranslatedKind.KeyDate && e.CurrentStamp is not null
                        && e.State is TranslationState.Untracked or TranslationState.Outdated or TranslationState.UpToDate)
            .ToList();
        var chosen = files.Count == 0
            ? candidates.Where(e => e.State == TranslationState.Untracked).ToList()
            : candidates.Where(e => files.Contains(e.File)).ToList();

        var problems = files.Where(f => chosen.All(e => e.File != f))
            .Select(f => $"{f}: not a translation (an original, a missing file, or not a content file); nothing stamped.")
            .ToList();
        var lines = new List<string>();
        foreach (var entry in chosen)
        {
            if (TranslationStamper.Stamp(Path.Combine(siteRoot, entry.File), entry.CurrentStamp!) is { } problem)
            {
                problems.Add($"{entry.File}: {problem}");
                continue;
            }

            lines.Add($"stamped {entry.File}: translatedFrom: {entry.CurrentStamp}");
        }

        return new(lines, problems);
    }
}
