using WorkPlanSite.Calendar;
using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Model;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Pages;

/// <summary>
/// Decides which pages exist in which language and builds their models: head metadata (canonical,
/// hreflang alternates of real translations only, x-default), breadcrumbs, the menus, and a language switcher that
/// never leads to a missing page. Programmes' pages and the site's own pages follow the same rules.
/// </summary>
public sealed class PagePlanner
{
    private readonly SiteConfig _config;
    private readonly SiteUrls _urls;
    private readonly AvailabilityPolicy _availability;
    private readonly ImmutableSortedDictionary<string, LanguageKit> _kits;
    private readonly ProgrammeViewBuilder _views;
    private readonly TimelineBuilder _timelines;
    private readonly SiteNavigation _navigation;
    private readonly SiteFeatures _features;

    // What every page of a language shares (its strings, its formatted build date, the languages' names): made
    // once per language, not once per page.
    private readonly ImmutableSortedDictionary<string, PageContext> _contexts;

    // The image shared with a link to a page that shows none, per language (its text alternative is translated).
    private readonly ImmutableSortedDictionary<string, ImageView?> _siteImages;

    /// <summary>
    /// Creates a planner for a site: its configuration, its addresses, its languages' strings and culture data, its
    /// menus (<paramref name="navigation"/>, shown on every page; none when null) and what the build adds to the written
    /// site (<paramref name="features"/>: search, PDF files, which pages link to; none when null).
    /// </summary>
    public PagePlanner(SiteConfig config, SiteUrls urls, ImmutableSortedDictionary<string, LanguageKit> kits, SiteNavigation? navigation = null, SiteFeatures? features = null)
    {
        _navigation = navigation ?? SiteNavigation.None;
        _config = config;
        _features = features ?? SiteFeatures.None;
        _urls = urls;
        _kits = kits;
        _availability = new AvailabilityPolicy(_config);
        _views = new ProgrammeViewBuilder(urls, _availability, _config.BuildDate, _config.Statuses);
        _timelines = new TimelineBuilder(_config.BuildDate);
        _contexts = kits.ToImmutableSortedDictionary(k => k.Key, k => Context(k.Value), StringComparer.Ordinal);
        _siteImages = kits.ToImmutableSortedDictionary(k => k.Key, k => SiteImage(k.Key), StringComparer.Ordinal);
    }

    /// <summary>
    /// Every page and calendar file of a modelled site at once, in a stable order: the site's own pages, then each
    /// language's programme pages. A build plans one programme at a time instead (<see cref="PlanProgramme"/>); this
    /// is for tools that look at a whole small site.
    /// </summary>
    public SitePlan Plan(SiteModel site)
    {
        var plans = _config.Languages.ToDictionary(
            l => l.Code,
            l => site.Programmes.Select(p => PlanProgramme(p, _kits[l.Code])).OfType<ProgrammePlan>().ToList(),
            StringComparer.Ordinal);
        var pages = SitePages(language => [.. plans[language].Select(p => p.Card)]).ToList();
        pages.AddRange(_config.Languages.SelectMany(l => plans[l.Code]).SelectMany(p => p.Pages));
        return new SitePlan(pages, [.. _config.Languages.SelectMany(l => plans[l.Code]).Select(p => p.Calendar).OfType<CalendarFile>()]);
    }

    /// <summary>
    /// One programme's pages in one language (its page, key dates, timeline, objectives, activities), its calendar
    /// and its card for the home page; null when the programme does not exist in that language. A build plans each
    /// programme on its own, so that it can render and forget it before the next.
    /// </summary>
    public ProgrammePlan? PlanProgramme(ModelledProgramme modelled, LanguageKit kit)
    {
        var programme = modelled.Programme;
        if (View(programme, kit) is not { } view)
        {
            return null;
        }

        var language = kit.Code;
        var calendar = view.HasKeyDates
            ? IcsCalendarWriter.Write(programme, view, _urls.Calendar(programme, language), _urls.KeyDates(programme, language), language, _config.BuildDate, _urls.Absolute)
            : null;
        return new ProgrammePlan(ProgrammeCard.Of(view), ProgrammePages(programme, view, kit, calendar).ToList(), calendar)
        {
            DataFiles = view.Progress is null ? [] :
            [
                new(_urls.ProgressData(programme, language, "json"), OpenData.ProgressDataWriter.Json(programme, view, _config.BuildDate)),
                new(_urls.ProgressData(programme, language, "csv"), OpenData.ProgressDataWriter.Csv(programme, view)),
                new(_urls.ProgressSchema(programme, language), OpenData.ProgressDataWriter.Schema),
                .. view.Progress.IndicatorsCsvUrl.Length == 0 ? Array.Empty<OpenData.DataFile>() : [new(view.Progress.IndicatorsCsvUrl, OpenData.ProgressDataWriter.IndicatorsCsv(programme, view))],
            ],
        };
    }

    /// <summary>
    /// The pages of no programme: the site root and its "not found" page, then for each language its home page
    /// (with the site's introduction, listing <paramref name="cardsIn"/> that language's programme cards, in order),
    /// the site's own pages that exist in it (<paramref name="content"/>, modelled: their Markdown rendered) and its
    /// "not found" page.
    /// </summary>
    public IReadOnlyList<PageModel> SitePages(Func<string, ImmutableArray<ProgrammeCard>> cardsIn, OwnContent? content = null)
    {
        content ??= OwnContent.None;
        var pages = new List<PageModel> { Root(isNotFound: false), Root(isNotFound: true) };
        foreach (var language in _config.Languages)
        {
            var kit = _kits[language.Code];
            pages.Add(Home(kit, cardsIn(language.Code), content.Home));
            foreach (var page in content.Pages)
            {
                if (OwnPage(content, page, kit) is { } planned)
                {
                    pages.Add(planned);
                }
            }

            pages.Add(NotFound(kit));
            if (_features.Search)
            {
                pages.Add(Search(kit));
            }
        }

        return pages;
    }

    /// <summary>One of the site's own pages in a language, or null when it does not exist there.</summary>
    private ContentPage? OwnPage(OwnContent content, Page page, LanguageKit kit)
    {
        var language = kit.Code;
        if (_availability.Of(content, page, language) is not { } availability)
        {
            return null;
        }

        var text = page.Texts.Get(availability.ContentLanguage)!;
        var lineage = content.Lineage(page);
        LinkView Link(Page p)
        {
            var written = _availability.Of(content, p, language)?.ContentLanguage ?? language;
            return new LinkView(p.Texts.Get(written)?.Title ?? p.Id, _urls.Page(content, p, language), written == language ? null : written);
        }

        var parent = lineage.Count > 1 ? lineage[^2] : null;
        var view = new PageView
        {
            Id = page.Id,
            Title = text.Title,
            Url = _urls.Page(content, page, language),
            Language = availability.ContentLanguage,
            IsFallback = availability.IsFallback,
            BodyHtml = text.Body.Html,
            Parent = parent is null ? null : Link(parent),
            Children = [.. content.ChildrenOf(page.Id).Where(c => _availability.Of(content, c, language) is not null).Select(Link)],
        };
        var identity = new PageIdentity(
            l => _urls.Page(content, page, l),
            l => _availability.Of(content, page, l) is not null,
            l => _availability.Of(content, page, l) is { IsFallback: false },
            l => parent is not null && _availability.Of(content, parent, l) is not null ? _urls.Page(content, parent, l) : _urls.Home(l));
        List<Crumb> trail = [new(kit.Strings["nav.home"], _urls.Home(language)), .. lineage.SkipLast(1).Select(p => new Crumb(Link(p).Text, Link(p).Url)), new(text.Title, null)];
        // Found by the search as a "page" of no programme, like the key dates' pages are found as pages of theirs.
        return Decorate(new ContentPage(view) { Search = Entry(kit, "page", null) }, kit, identity, text.Title, text.Description ?? Describe(text.Body.Html, "", text.Title),
            availability.IsFallback ? availability.ContentLanguage : null, trail, [text.Body.Html]);
    }

    private ProgrammeView? View(Programme programme, LanguageKit kit) => _views.Build(programme, kit);

    private IEnumerable<PageModel> ProgrammePages(Programme programme, ProgrammeView view, LanguageKit kit, CalendarFile? calendar)
    {
        var language = kit.Code;
        var home = new Crumb(kit.Strings["nav.home"], _urls.Home(language));
        var programmeCrumb = new Crumb(view.Title, view.Url);
        var programmeIdentity = Identity(programme.Texts, programme, l => _urls.Programme(programme, l), _ => _urls.Home(_config.DefaultLanguage));
        var upcoming = view.KeyDates.Where(k => k.IsUpcoming).ToImmutableArray();

        var past = upcoming.IsEmpty ? view.KeyDates.Where(k => !k.IsUpcoming).ToImmutableArray() : [];
        yield return Decorate(new ProgrammePage(view, upcoming) { PastKeyDates = past, Search = Entry(kit, "programme", null) }, kit, programmeIdentity, view.Title, view.Summary, view.IsFallback ? view.Language : null,
            [home, new Crumb(view.Title, null)], [view.IntroductionHtml, view.GeneralObjective?.BodyHtml ?? ""]);

        var printTitle = kit.Strings["print.title"];
        yield return Decorate(
            new PrintPage(view, PrintOutline.Of(view, kit.Strings), _features.Pdf ? new PdfLink(_urls.PrintPdf(programme, language), PdfLink.Marker) : null)
            {
                IntroductionHtml = Text.HeadingShift.Nest(view.IntroductionHtml, 1, "introduction-"),
            },
            kit,
            Identity(programme.Texts, programme, l => _urls.Print(programme, l), l => _urls.Home(l)),
            $"{view.Title} – {printTitle}",
            view.Summary,
            view.IsFallback ? view.Language : null,
            [home, programmeCrumb, new Crumb(printTitle, null)]);

        if (calendar is not null)
        {
            var keyDatesTitle = kit.Strings["keyDates.title"];
            yield return Decorate(
                new KeyDatesPage(
                    view,
                    Group(view.KeyDates.Where(k => k.IsUpcoming), kit),
                    Group(view.KeyDates.Where(k => !k.IsUpcoming), kit),
                    new CalendarLink(calendar.Url, calendar.EventCount, calendar.OmittedCount),
                    EventJsonLd.Write(programme, view, _urls.KeyDates(programme, language), _urls.Absolute)) { Search = Entry(kit, "page", view.Title) },
                kit,
                Identity(programme.Texts, programme, l => _urls.KeyDates(programme, l), l => _urls.Home(l)),
                $"{keyDatesTitle} – {view.Title}",
                kit.Strings.Format("keyDates.description", ("programme", view.Title)),
                view.IsFallback ? view.Language : null,
                [home, programmeCrumb, new Crumb(keyDatesTitle, null)]);
        }

        var timelineTitle = kit.Strings["timeline.title"];
        yield return Decorate(
            new TimelinePage(view, _timelines.Build(programme, view, kit)),
            kit,
            Identity(programme.Texts, programme, l => _urls.Timeline(programme, l), l => _urls.Home(l)),
            $"{timelineTitle} – {view.Title}",
            kit.Strings.Format("timeline.description", ("programme", view.Title)),
            view.IsFallback ? view.Language : null,
            [home, programmeCrumb, new Crumb(timelineTitle, null)]);

        if (view.Progress is { } progress)
        {
            var progressTitle = kit.Strings["progress.title"];
            yield return Decorate(
                new ProgressPage(view, progress),
                kit,
                Identity(programme.Texts, programme, l => _urls.Progress(programme, l), l => _urls.Home(l)),
                $"{progressTitle} – {view.Title}",
                kit.Strings.Format("progress.description", ("programme", view.Title)),
                view.IsFallback ? view.Language : null,
                [home, programmeCrumb, new Crumb(progressTitle, null)]);
        }

        foreach (var objective in view.Objectives)
        {
            var source = programme.Objective(objective.Id)!;
            yield return Decorate(
                new ObjectivePage(view, objective) { Search = Entry(kit, "objective", view.Title) },
                kit,
                Identity(source.Texts, programme, l => _urls.Objective(programme, source, l), l => _urls.Programme(programme, l)),
                objective.Title,
                Describe(objective.ExpectedResultsHtml, objective.BodyHtml, view.Title),
                objective.IsFallback ? objective.Language : null,
                [home, programmeCrumb, new Crumb(objective.Title, null)],
                [objective.ExpectedResultsHtml, objective.BodyHtml]);
        }

        foreach (var activity in view.Activities)
        {
            var source = programme.Activity(activity.Id)!;
            var trail = new List<Crumb> { home, programmeCrumb };
            if (activity.Objective is { } objective)
            {
                trail.Add(new Crumb(objective.Text, objective.Url));
            }

            trail.Add(new Crumb(activity.Title, null));
            yield return Decorate(
                new ActivityPage(view, activity) { Search = Entry(kit, "activity", view.Title) },
                kit,
                Identity(source.Texts, programme, l => _urls.Activity(programme, source, l), l => _urls.Programme(programme, l)),
                activity.Title,
                Describe(activity.ExpectedResultsHtml, activity.BodyHtml, view.Title),
                activity.IsFallback ? activity.Language : null,
                trail,
                [activity.ExpectedResultsHtml, activity.BodyHtml]);
        }
    }

    private PageModel Home(LanguageKit kit, ImmutableArray<ProgrammeCard> programmes, Translations<HomeText>? introduction)
    {
        var title = _config.Title.Resolve(kit.Code, _availability.FallbackOrder)?.Text ?? "";
        var description = _config.Description.Resolve(kit.Code, _availability.FallbackOrder)?.Text ?? title;
        var identity = new PageIdentity(l => _urls.Home(l), _ => true, _ => true, l => _urls.Home(l));
        var page = new HomePage(programmes);
        if (introduction is not null && _availability.Of(introduction, kit.Code) is { } availability)
        {
            page = page with
            {
                IntroductionHtml = introduction.Get(availability.ContentLanguage)!.Body.Html,
                IntroductionLanguage = availability.IsFallback ? availability.ContentLanguage : null,
            };
        }

        return Decorate(page, kit, identity, title, description, null, [], [page.IntroductionHtml]);
    }

    private PageModel Search(LanguageKit kit)
    {
        var identity = new PageIdentity(l => _urls.Search(l), _ => true, _ => true, l => _urls.Home(l));
        var title = kit.Strings["search.title"];
        return Decorate(new SearchPage(_urls.SearchBundle, _urls.Root), kit, identity, title, kit.Strings["search.description"], null,
            [new Crumb(kit.Strings["nav.home"], _urls.Home(kit.Code)), new Crumb(title, null)]);
    }

    // Only when the site has a search: otherwise the pages carry nothing for an index that is not made.
    private SearchEntry? Entry(LanguageKit kit, string kind, string? programme) =>
        _features.Search ? new SearchEntry(kit.Strings["search.kind." + kind], programme) : null;

    private PageModel NotFound(LanguageKit kit)
    {
        var identity = new PageIdentity(l => _urls.LanguageNotFound(l), _ => true, _ => true, l => _urls.Home(l));
        var title = kit.Strings["notFound.title"];
        return Decorate(new NotFoundPage(), kit, identity, title, kit.Strings["notFound.text"], null, [new Crumb(kit.Strings["nav.home"], _urls.Home(kit.Code)), new Crumb(title, null)]);
    }

    private PageModel Root(bool isNotFound)
    {
        var kit = _kits[_config.DefaultLanguage];
        var entries = _config.Languages.Select(l =>
        {
            var strings = _kits[l.Code].Strings;
            return new RootLanguage(
                l.Code,
                l.Name,
                l.Direction == TextDirection.Rtl ? "rtl" : "ltr",
                _urls.Home(l.Code),
                _config.Title.Resolve(l.Code, _availability.FallbackOrder)?.Text ?? "",
                strings["root.enter"],
                strings["notFound.title"],
                strings["notFound.text"]);
        }).ToImmutableArray();
        var identity = isNotFound
            ? new PageIdentity(_ => _urls.NotFound, _ => true, _ => false, _ => _urls.NotFound)
            : new PageIdentity(l => _urls.Home(l), _ => true, _ => true, l => _urls.Home(l));
        var model = new RootPage(entries, _urls.Home(_config.DefaultLanguage), isNotFound);
        var title = isNotFound ? kit.Strings["notFound.title"] : _config.Title.Resolve(kit.Code, _availability.FallbackOrder)?.Text ?? "";
        var page = Decorate(model, kit, identity, title, _config.Description.Resolve(kit.Code, _availability.FallbackOrder)?.Text ?? title, null, []);
        return page with
        {
            Url = isNotFound ? _urls.NotFound : _urls.Root,
            Head = page.Head with { CanonicalUrl = _urls.Absolute(isNotFound ? _urls.NotFound : _urls.Root) },
        };
    }

    /// <summary>How a page exists across languages.</summary>
    /// <param name="UrlIn">The page's URL in a language.</param>
    /// <param name="ExistsIn">True when the page is published in a language (really or by fallback).</param>
    /// <param name="IsRealIn">True when it is really translated into a language.</param>
    /// <param name="ParentIn">Where the switcher leads in a language where the page does not exist.</param>
    private sealed record PageIdentity(Func<string, string> UrlIn, Func<string, bool> ExistsIn, Func<string, bool> IsRealIn, Func<string, string> ParentIn);

    private PageIdentity Identity<T>(Translations<T> texts, Programme programme, Func<string, string> urlIn, Func<string, string> parentIn)
        where T : class => new(
            urlIn,
            l => _availability.Of(programme, texts, l) is not null,
            l => _availability.Of(programme, texts, l) is { IsFallback: false },
            l => _availability.Exists(programme.Texts, l) ? parentIn(l) : _urls.Home(l));

    // texts: the HTML of the page's own texts, where its shared image is looked for (none: the site's image).
    private T Decorate<T>(T page, LanguageKit kit, PageIdentity identity, string title, string description, string? fallbackLanguage, IReadOnlyList<Crumb> breadcrumbs,
        IReadOnlyList<string>? texts = null)
        where T : PageModel
    {
        var language = kit.Code;
        var url = identity.UrlIn(language);
        var real = _config.Languages.Where(l => identity.IsRealIn(l.Code)).ToList();
        var alternates = real.Select(l => new Alternate(l.Code, _urls.Absolute(identity.UrlIn(l.Code)))).ToList();
        if (real.Count > 0)
        {
            var xDefault = real.FirstOrDefault(l => l.Code == _config.DefaultLanguage) ?? real[0];
            alternates.Add(new Alternate("x-default", _urls.Absolute(identity.UrlIn(xDefault.Code))));
        }

        // A fallback page shows another language's text: the original is the canonical version of it.
        var canonical = fallbackLanguage is not null && identity.IsRealIn(fallbackLanguage) ? identity.UrlIn(fallbackLanguage) : url;
        var siteTitle = _config.Title.Resolve(language, _availability.FallbackOrder)?.Text ?? "";
        var head = new PageHead(
            title == siteTitle ? siteTitle : $"{title} – {siteTitle}",
            description,
            _urls.Absolute(canonical),
            alternates.ToImmutableArray(),
            OgLocale(kit.Language.Locale),
            real.Where(l => l.Code != language).Select(l => OgLocale(l.Locale)).ToImmutableArray())
        {
            Image = (texts is null ? null : ShareImage.FirstIn(texts, _urls)) ?? _siteImages[language],
        };
        var switcher = _config.Languages.Select(l => identity.ExistsIn(l.Code)
                ? new LanguageLink(l.Code, l.Name, identity.UrlIn(l.Code), l.Code == language, true)
                : new LanguageLink(l.Code, l.Name, identity.ParentIn(l.Code), false, false))
            .ToImmutableArray();
        return page with
        {
            Context = _contexts[kit.Code],
            Head = head,
            Url = url,
            Breadcrumbs = breadcrumbs.ToImmutableArray(),
            Languages = switcher,
            FallbackLanguage = fallbackLanguage,
        };
    }

    private PageContext Context(LanguageKit kit) => new()
    {
        Language = kit.Code,
        Direction = kit.Language.Direction == TextDirection.Rtl ? "rtl" : "ltr",
        SiteTitle = _config.Title.Resolve(kit.Code, _availability.FallbackOrder)?.Text ?? "",
        HomeUrl = _urls.Home(kit.Code),
        StylesheetUrl = _urls.Asset("style.css"),
        SearchUrl = _features.Search ? _urls.Search(kit.Code) : null,
        AssetsUrl = _urls.Asset(""),
        Strings = kit.Strings,
        Identity = IdentityView.In(_config.Identity, kit.Code, _availability.FallbackOrder, _urls),
        BuildDate = kit.Date(Dates.ImpreciseDate.Single(new Dates.DatePoint(_config.BuildDate.Year, Dates.DatePrecision.Day, _config.BuildDate.Month, _config.BuildDate.Day))),
        LanguageNames = _config.Languages.ToImmutableSortedDictionary(l => l.Code, l => l.Name, StringComparer.Ordinal),
        Menus = _navigation.In(kit.Code),
    };

    private ImageView? SiteImage(string language) =>
        (_config.Identity.ShareImage ?? _config.Identity.Logo) is { } image
            ? IdentityView.Image(image, language, _availability.FallbackOrder, _urls) is var view ? view with { Url = _urls.Absolute(view.Url) } : null
            : null;

    private static ImmutableArray<KeyDateGroup> Group(IEnumerable<KeyDateView> dates, LanguageKit kit) =>
        dates
            .GroupBy(d => d.Date.Earliest?.Year ?? d.Date.Latest?.Year ?? 0)
            .Select(year => new KeyDateGroup(
                year.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                year.Key.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                year.GroupBy(d => MonthHeading(d, kit))
                    .Select(month => new KeyDateGroup(month.Key.Text, month.Key.DateTime, [], month.ToImmutableArray()))
                    .ToImmutableArray(),
                []))
            .ToImmutableArray();

    /// <summary>Day and month dates are grouped under their month; a season, a quarter or a year under its own name.</summary>
    private static (string Text, string? DateTime) MonthHeading(KeyDateView date, LanguageKit kit)
    {
        if (date.Date.DateTime is { Length: >= 7 } value)
        {
            var year = int.Parse(value[..4], System.Globalization.CultureInfo.InvariantCulture);
            var month = int.Parse(value[5..7], System.Globalization.CultureInfo.InvariantCulture);
            return (Capitalize(kit.Dates.Month(year, month), kit), value[..7]);
        }

        return (Capitalize(date.Date.Text, kit), date.Date.DateTime);
    }

    private static string Capitalize(string text, LanguageKit kit) =>
        text.Length == 0 ? text : char.ToUpper(text[0], kit.Culture) + text[1..];

    private static string Describe(string firstHtml, string secondHtml, string fallback)
    {
        var html = string.IsNullOrWhiteSpace(firstHtml) ? secondHtml : firstHtml;
        var text = Text.HtmlText.CollapseWhiteSpace(Text.HtmlText.Strip(html, " "));
        if (text.Length == 0)
        {
            return fallback;
        }

        return Text.Excerpt.Cut(text, 200);
    }

    private static string OgLocale(string locale) => locale.Replace('-', '_');
}
