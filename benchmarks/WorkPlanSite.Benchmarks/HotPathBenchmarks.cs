using BenchmarkDotNet.Attributes;
using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Rendering;

namespace WorkPlanSite.Benchmarks;

/// <summary>Markdown to HTML of one activity body (about 400 words, headings and lists) with the site's pipeline.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private readonly MarkdownRenderer _renderer = new();
    private MarkdownText _markdown = new("");

    [GlobalSetup]
    public void Setup() => _markdown = new MarkdownText(ExampleSite.Load().ActivityMarkdown);

    [Benchmark]
    public string ActivityBody() => _renderer.ToHtml(_markdown, "en", null, new DiagnosticBag());
}

/// <summary>Writing dates in French: a day, a range of days across months, a season, a quarter.</summary>
[MemoryDiagnoser]
public class DateFormatterBenchmarks
{
    private DateFormatter _french = null!;
    private ImpreciseDate _day = null!;
    private ImpreciseDate _range = null!;
    private ImpreciseDate _season = null!;
    private ImpreciseDate _quarter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _french = ExampleSite.Load().Services.Languages["fr"].Dates;
        _day = ImpreciseDateParser.Parse("2021-11-01").Value!;
        _range = ImpreciseDateParser.Parse("2021-05-31/2021-06-04").Value!;
        _season = ImpreciseDateParser.Parse("2021-autumn").Value!;
        _quarter = ImpreciseDateParser.Parse("2014-Q1").Value!;
    }

    [Benchmark]
    public string Day() => _french.Format(_day);

    [Benchmark]
    public string Range() => _french.Format(_range);

    [Benchmark]
    public string Season() => _french.Format(_season);

    [Benchmark]
    public string Quarter() => _french.Format(_quarter);

    [Benchmark]
    public ImpreciseDate? Parse() => ImpreciseDateParser.Parse("2021-05-31/2021-06-04").Value;
}

/// <summary>One page through the theme's Razor templates, as the build renders it.</summary>
[MemoryDiagnoser]
public class PageRenderBenchmarks
{
    private RazorPageRenderer _renderer = null!;
    private PageModel _activity = null!;
    private PageModel _programme = null!;
    private PageModel _timeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = ExampleSite.Load();
        _renderer = new RazorPageRenderer(site.Services.Templates, new DiagnosticBag(), 1);
        _activity = site.Plan.Pages.OfType<ActivityPage>().First();
        _programme = site.Plan.Pages.OfType<ProgrammePage>().First();
        _timeline = site.Plan.Pages.OfType<TimelinePage>().First();
    }

    [GlobalCleanup]
    public void Cleanup() => _renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public Task<string?> ActivityPage() => _renderer.RenderAsync(_activity);

    [Benchmark]
    public Task<string?> ProgrammePage() => _renderer.RenderAsync(_programme);

    [Benchmark]
    public Task<string?> TimelinePage() => _renderer.RenderAsync(_timeline);
}
