namespace WorkPlanSite.Configuration;

/// <summary>What the command line can override in the configuration.</summary>
/// <param name="ConfigPath">Path of <c>site.config.json</c>.</param>
/// <param name="OutputDirectory">Output folder, overriding <c>outputDir</c>.</param>
/// <param name="BaseUrl">Base URL, overriding <c>baseUrl</c>.</param>
/// <param name="BuildDate">Build date, overriding <c>buildDate</c> and <c>SOURCE_DATE_EPOCH</c>.</param>
/// <param name="Origin">Scheme, host and port replacing those of the base URL, whose path is kept: the preview
/// server's, so that the preview has the published site's addresses on the preview's host.</param>
/// <param name="Pdf">True for <c>build --pdf</c>: the programmes' PDF files are made, and a build without Chromium fails.</param>
/// <param name="Pagefind">The Pagefind executable, overriding <c>search.pagefind</c> (an empty string: none, as if it were not installed).</param>
/// <param name="Chromium">The Chromium executable, overriding <c>pdf.chromium</c> (an empty string: none).</param>
public sealed record BuildOptions(
    string ConfigPath = "site.config.json",
    string? OutputDirectory = null,
    string? BaseUrl = null,
    DateOnly? BuildDate = null,
    Uri? Origin = null,
    bool Pdf = false,
    string? Pagefind = null,
    string? Chromium = null);
