using System.Collections.Immutable;
using WorkPlanSite.Model;

namespace WorkPlanSite.Translating;

/// <summary>What a translation status entry is about.</summary>
public enum TranslatedKind
{
    /// <summary>A programme's own page (<c>programme.&lt;lang&gt;.md</c>).</summary>
    Programme,

    /// <summary>An objective.</summary>
    Objective,

    /// <summary>An activity.</summary>
    Activity,

    /// <summary>A key date's texts in <c>key-dates.yaml</c>.</summary>
    KeyDate,

    /// <summary>One of the site's own pages (<c>pages/&lt;id&gt;.&lt;lang&gt;.md</c>).</summary>
    Page,

    /// <summary>The home page's introduction (<c>home.&lt;lang&gt;.md</c>).</summary>
    HomeIntroduction,
}

/// <summary>Where a translation stands, from best to worst.</summary>
public enum TranslationState
{
    /// <summary>The original the other languages are translated from.</summary>
    Original,

    /// <summary>Translated, and its <c>translatedFrom</c> stamp matches the original as it is now.</summary>
    UpToDate,

    /// <summary>Translated, without a <c>translatedFrom</c> stamp: whether the original changed since cannot be known.</summary>
    Untracked,

    /// <summary>Translated, but the original changed since (its fingerprint differs from the stamp), or is gone.</summary>
    Outdated,

    /// <summary>Not translated.</summary>
    Missing,
}

/// <summary>One item in one language.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Label">How people recognise it ("ccre-2021-2022 › activity 1.1 Policy monitoring").</param>
/// <param name="File">The file (and line for key dates) the translation is, or would be, written in.</param>
/// <param name="State">Where it stands.</param>
/// <param name="OriginalLanguage">The language of its original.</param>
/// <param name="CurrentStamp">The stamp a translation made from the original as it is now carries (null for key dates and originals).</param>
/// <param name="Stamp">The stamp the translation carries, if any.</param>
public sealed record TranslationEntry(
    TranslatedKind Kind,
    string Label,
    string File,
    TranslationState State,
    string OriginalLanguage,
    string? CurrentStamp,
    TranslationStamp? Stamp);

/// <summary>The status of one language.</summary>
/// <param name="Language">Its code.</param>
/// <param name="Entries">Every item, ordered by programme then file.</param>
/// <param name="MissingUiStrings">Interface texts the language borrows from the default language.</param>
public sealed record LanguageTranslationStatus(string Language, ImmutableArray<TranslationEntry> Entries, ImmutableArray<string> MissingUiStrings)
{
    /// <summary>The number of entries in <paramref name="state"/>.</summary>
    public int Count(TranslationState state) => Entries.Count(e => e.State == state);

    /// <summary>True when something is missing or outdated.</summary>
    public bool HasGaps => MissingUiStrings.Length > 0 || Entries.Any(e => e.State is TranslationState.Missing or TranslationState.Outdated);
}

/// <summary>Which pages and interface texts are translated, missing or outdated, per language.</summary>
public sealed record TranslationReport(ImmutableArray<LanguageTranslationStatus> Languages)
{
    /// <summary>True when some language has a missing or outdated translation or a missing UI string.</summary>
    public bool HasGaps => Languages.Any(l => l.HasGaps);
}
