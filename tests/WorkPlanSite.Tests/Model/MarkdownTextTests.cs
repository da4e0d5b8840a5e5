using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Tests.Model;

/// <summary>A Markdown text is kept compactly but reads, compares and reports as the text the author wrote.</summary>
public sealed class MarkdownTextTests
{
    [Fact]
    public void The_text_reads_back_as_written_in_any_script()
    {
        const string written = "Résultats attendus : « coopération » – 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, العربية, 日本語.\n";

        Assert.Equal(written, new MarkdownText(written).Source);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" \n\t\r\n", true)]
    [InlineData("\u00a0\u2003\n", true)]
    [InlineData("\f\v", true)]
    [InlineData("  a", false)]
    [InlineData("\u00a0é", false)]
    public void A_text_of_whitespace_only_is_empty(string written, bool empty)
    {
        Assert.Equal(empty, new MarkdownText(written).IsEmpty);
    }

    [Fact]
    public void Two_texts_are_equal_when_they_say_the_same_at_the_same_place_with_the_same_html()
    {
        var here = new SourcePosition("content/p/programme.en.md", 5, 1);
        var text = new MarkdownText("Some *text*.", here);

        Assert.Equal(text, new MarkdownText("Some *text*.", here));
        Assert.Equal(text.GetHashCode(), new MarkdownText("Some *text*.", here).GetHashCode());
        Assert.NotEqual(text, new MarkdownText("Some *text*!", here));
        Assert.NotEqual(text, new MarkdownText("Some *text*.", here with { Line = 6 }));
        Assert.NotEqual(text, text with { Html = "<p>Some <em>text</em>.</p>" });
        Assert.Equal("Some *text*.", (text with { Html = "<p/>" }).Source);
    }
}
