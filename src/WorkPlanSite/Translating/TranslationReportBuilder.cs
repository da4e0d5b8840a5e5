using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Translating;

/// <summary>
/// Builds the translation status of loaded content. The original of an item is its text in its declared original
/// language (<c>originalLanguage</c>, its own or its programme's), else its default-language text, else the first
/// language in the fallback order that has one; every other language is up to date,
/// untracked, outdated or missing (see <see cref="TranslationState"/>).
/// </summary>
public sealed class TranslationReportBuilder(SiteConfig config, IReadOnlyDictionary<string, UiStrings> strings)
{
    private readonly AvailabilityPolicy _policy = new(config);

    /// <summary>The report for <paramref name="programmes"/> and the site's own pages and home page's introduction (<paramref name="own"/>).</summary>
    public TranslationReport Build(IReadOnlyList<Programme> programmes, OwnContent? own = null)
    {
        own ??= OwnContent.None;
        var languages = config.LanguageCodes.Select(language => new LanguageTranslationStatus(
            language,
            programmes.SelectMany(p => Entries(p, language)).Concat(Entries(own, language)).ToImmutableArray(),
            strings.TryGetValue(language, out var texts) ? texts.Untranslated.ToImmutableArray() : []));
        return new TranslationReport(languages.ToImmutableArray());
    }

    private IEnumerable<TranslationEntry> Entries(Programme programme, string language)
    {
        var prefix = programme.Id + " › ";
        yield return Entry(TranslatedKind.Programme, prefix + "programme", programme.Texts, t => t.Title, language);
        foreach (var objective in programme.Objectives)
        {
            yield return Entry(TranslatedKind.Objective, prefix + Named("objective", objective.Code), objective.Texts, t => t.Title, language);
        }

        foreach (var activity in programme.Activities)
        {
            yield return Entry(TranslatedKind.Activity, prefix + Named("activity", activity.Code), activity.Texts, t => t.Title, language);
        }

        foreach (var keyDate in programme.KeyDates)
        {
            if (KeyDateEntry(keyDate, prefix, language, programme.Texts.DeclaredOriginal) is { } entry)
            {
                yield return entry;
            }
        }
    }

    private IEnumerable<TranslationEntry> Entries(OwnContent own, string language)
    {
        if (own.Home is { } home)
        {
            yield return Entry(TranslatedKind.HomeIntroduction, "home", home, t => Text.Excerpt.Cut(Text.HtmlText.CollapseWhiteSpace(t.Body.Source), LabelTitleLength), language);
        }

        foreach (var page in own.Pages)
        {
            yield return Entry(TranslatedKind.Page, "pages › " + page.Id, page.Texts, t => t.Title, language);
        }
    }

    private const int LabelTitleLength = 60;

    private static string Shorten(string title) =>
        title.Length <= LabelTitleLength ? title : title[..(title.LastIndexOf(' ', LabelTitleLength) is > 20 and var space ? space : LabelTitleLength)].TrimEnd(',', ';', ':') + "…";

    private static string Named(string what, string? code) => code is null ? what : $"{what} {code}";

    private TranslationEntry Entry<T>(TranslatedKind kind, string label, Translations<T> texts, Func<T, string> title, string language)
        where T : class
    {
        var original = _policy.OriginalOf(texts);
        var originalSource = texts.Sources.GetValueOrDefault(original);
        var named = $"{label} “{Shorten(title(texts.Get(original)!))}”";
        var currentStamp = originalSource is null ? null : $"{original}@{originalSource.Fingerprint}";
        if (language == original)
        {
            return new(kind, named, originalSource?.File.Path ?? "", TranslationState.Original, original, null, null);
        }

        if (!texts.Sources.TryGetValue(language, out var source))
        {
            var expected = originalSource is null ? "" : TranslationPath(originalSource.File.Path, original, language);
            return new(kind, named, expected, TranslationState.Missing, original, currentStamp, null);
        }

        var stamp = source.TranslatedFrom;
        var state = stamp switch
        {
            null => TranslationState.Untracked,
            _ when texts.Sources.GetValueOrDefault(stamp.Language)?.Fingerprint == stamp.Fingerprint => TranslationState.UpToDate,
            _ => TranslationState.Outdated,
        };

        // A translation made from another translation is judged against the language it names, but the stamp to
        // write after updating it is the original's.
        return new(kind, named, source.File.Path, state, original, currentStamp, stamp);
    }

    private TranslationEntry? KeyDateEntry(KeyDate keyDate, string prefix, string language, string? programmeOriginal)
    {
        if (keyDate.Title.Invariant is not null || keyDate.Title.ByLanguage.IsEmpty)
        {
            return null;
        }

        // A key date is written in its programme's original language.
        var original = OriginalLanguage(keyDate.Title.ByLanguage.Keys, programmeOriginal);
        var label = $"{prefix}key date {keyDate.Date} “{Shorten(keyDate.Title.ByLanguage[original])}”";
        var file = $"{keyDate.Position.Path}:{keyDate.Position.Line}";
        var missing = !keyDate.Title.Has(language) || (!keyDate.Place.IsEmpty && !keyDate.Place.Has(language));
        // Every language of a key date is written side by side in one file, so a translation is there or missing.
        var state = language == original ? TranslationState.Original
            : missing ? TranslationState.Missing
            : TranslationState.UpToDate;
        return new(TranslatedKind.KeyDate, label, file, state, original, null, null);
    }

    private string OriginalLanguage(IEnumerable<string> available, string? declared)
    {
        var set = available.ToHashSet(StringComparer.Ordinal);
        return _policy.FallbackOrderFor(declared).FirstOrDefault(set.Contains) ?? set.Order(StringComparer.Ordinal).First();
    }

    // activities/a.fr.md → activities/a.en.md: the suffix convention of docs/content-format.md.
    private static string TranslationPath(string originalPath, string original, string language) =>
        originalPath.EndsWith($".{original}.md", StringComparison.Ordinal)
            ? originalPath[..^($".{original}.md".Length)] + $".{language}.md"
            : originalPath;
}
