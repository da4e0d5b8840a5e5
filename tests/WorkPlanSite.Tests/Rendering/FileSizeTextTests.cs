using System.Globalization;
using WorkPlanSite.Attachments;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Rendering;

/// <summary>A document link says its type and size in the language of the page: its units, its number format.</summary>
public sealed class FileSizeTextTests
{
    [Theory]
    [InlineData("en", "en-GB", 1_234_567, "PDF, 1.2\u00A0MB")]
    [InlineData("fr", "fr-FR", 1_234_567, "PDF, 1,2\u00A0Mo")]
    [InlineData("de", "de-DE", 1_234_567, "PDF, 1,2\u00A0MB")]
    [InlineData("fr", "fr-FR", 2_500, "PDF, 3\u00A0ko")]
    [InlineData("fr", "fr-FR", 999_700, "PDF, 1\u00A0Mo")]
    [InlineData("en", "en-GB", 12, "PDF, 12\u00A0B")]
    [InlineData("en", "en-GB", 3_000_000_000, "PDF, 3\u00A0GB")]
    [InlineData("ar", "ar-EG", 1_500_000, "PDF، 1٫5\u00A0ميغابايت")]
    public void Type_and_size_read_naturally_in_each_language(string language, string locale, long bytes, string expected) =>
        Assert.Equal(expected, new FileSizeText(CultureInfo.GetCultureInfo(locale), ThemeStrings.For(language)).Describe("PDF", bytes));
}
