using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Model;

/// <summary>The file one translation of an item is written in, and what it says it was translated from.</summary>
/// <param name="File">The Markdown file (as messages show it).</param>
/// <param name="Fingerprint">The fingerprint of the file's text now (see <see cref="ContentFingerprint"/>).</param>
/// <param name="TranslatedFrom">The <c>translatedFrom</c> stamp of its front matter, when it has one.</param>
public sealed record TranslationSource(SourcePosition File, string Fingerprint, TranslationStamp? TranslatedFrom);

/// <summary>
/// A translation's record of the original it was made from: <c>translatedFrom: fr@1a2b3c4d</c> says "translated
/// from the French file when its fingerprint was 1a2b3c4d". When the French file changes, its fingerprint changes and
/// the translation is reported as outdated until a translator updates it and its stamp.
/// </summary>
/// <param name="Language">The language of the original.</param>
/// <param name="Fingerprint">The original's fingerprint when the translation was made.</param>
/// <param name="Position">Where the stamp is written.</param>
public sealed record TranslationStamp(string Language, string Fingerprint, SourcePosition Position)
{
    /// <summary>The stamp as it is written in front matter.</summary>
    public override string ToString() => $"{Language}@{Fingerprint}";
}
