namespace WorkPlanSite.Model;

/// <summary>
/// A programme as the Model stage leaves it: its items in reading order and every Markdown text rendered to sanitized
/// HTML, links between content files resolved. Only <see cref="SiteModelBuilder"/> makes one, so a stage that takes
/// it (the planner) cannot be handed a programme whose texts are still unrendered.
/// </summary>
public sealed record ModelledProgramme
{
    internal ModelledProgramme(Programme programme) => Programme = programme;

    /// <summary>The programme, in reading order, with every text's <see cref="MarkdownText.Html"/> filled in.</summary>
    public Programme Programme { get; }
}
