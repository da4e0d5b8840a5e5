using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// The encoder every template writes text with: .NET's HTML encoder allowed every Unicode range, so that French and
/// every other language is written as characters (é, «, –, Arabic digits) while what HTML requires is escaped
/// (&lt; &gt; &amp; " and ', and the few characters the encoder always escapes, such as emoji outside the Basic
/// Multilingual Plane, as numeric references a browser reads back as the same text). Encoding is never turned off:
/// a title that holds markup is shown as text.
/// </summary>
internal static class TemplateEncoder
{
    /// <summary>The one instance, shared by every page and thread (the encoder is thread-safe).</summary>
    public static HtmlEncoder Instance { get; } = HtmlEncoder.Create(UnicodeRanges.All);
}
