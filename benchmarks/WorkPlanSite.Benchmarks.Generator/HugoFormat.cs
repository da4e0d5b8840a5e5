using System.Globalization;
using System.Text;

namespace WorkPlanSite.Benchmarks.Generator;

/// <summary>
/// Writes the same programmes as a Hugo site whose templates do equivalent work: a base layout with
/// head metadata (canonical, hreflang alternates), a language switcher, breadcrumbs and a localized build
/// date; a home page listing programmes; programme pages listing objectives with their activities and the
/// upcoming key dates; objective pages listing their activities; activity pages with facts, expected results
/// (Markdown), body (Markdown) and related key dates; a key dates page; a timeline table (activities by month).
/// </summary>
internal static class HugoFormat
{
    public static void Write(string root, IReadOnlyList<SyntheticProgramme> programmes)
    {
        Directory.CreateDirectory(root);
        WriteFile(root, "config.toml", $"""
            baseURL = "https://example.org/bench/"
            title = "Work programmes (benchmark)"
            defaultContentLanguage = "fr"
            defaultContentLanguageInSubdir = true
            disableKinds = ["taxonomy", "term", "RSS"]
            enableRobotsTXT = true

            [params]
            buildDate = "{WorkPlanSiteFormat.BuildDate}"

            [languages.fr]
            languageName = "Français"
            languageCode = "fr-FR"
            title = "Programmes de travail (banc d'essai)"
            weight = 1

            [languages.en]
            languageName = "English"
            languageCode = "en-GB"
            title = "Work programmes (benchmark)"
            weight = 2

            [markup.goldmark.renderer]
            unsafe = false
            """);
        foreach (var language in SiteShape.Languages)
        {
            var fr = language == "fr";
            WriteFile(root, $"i18n/{language}.toml", $"""
                [language]
                other = "{(fr ? "Langue" : "Language")}"
                [breadcrumb]
                other = "{(fr ? "Fil d'Ariane" : "Breadcrumb")}"
                [footer]
                other = "{(fr ? "Publié avec Hugo" : "Published with Hugo")}"
                [programmes]
                other = "{(fr ? "Programmes de travail" : "Work programmes")}"
                [period]
                other = "{(fr ? "Période" : "Period")}"
                [objectives]
                other = "{(fr ? "Objectifs spécifiques" : "Specific objectives")}"
                [objective]
                other = "{(fr ? "Objectif" : "Objective")}"
                [activity]
                other = "{(fr ? "Activité" : "Activity")}"
                [activities]
                other = "{(fr ? "Activités" : "Activities")}"
                [lead]
                other = "{(fr ? "Pilote" : "Lead")}"
                [partners]
                other = "{(fr ? "Partenaires" : "Partners")}"
                [expectedResults]
                other = "{(fr ? "Résultat attendu" : "Expected result")}"
                [description]
                other = "{(fr ? "Description" : "Description")}"
                [keyDates]
                other = "{(fr ? "Dates clés" : "Key dates")}"
                [upcoming]
                other = "{(fr ? "Dates clés à venir" : "Upcoming key dates")}"
                [timeline]
                other = "{(fr ? "Calendrier" : "Timeline")}"
                [notFound]
                other = "{(fr ? "Page introuvable" : "Page not found")}"
                """);
            WriteFile(root, $"content/_index.{language}.md", $"---\ntitle: \"{(fr ? "Accueil" : "Home")}\"\n---\n");
            WriteFile(root, $"content/programmes/_index.{language}.md", "---\ntitle: Programmes\n_build:\n  render: never\n---\n");
        }

        WriteLayouts(root);
        WriteFile(root, "static/style.css", "body { font-family: sans-serif; }\ntable { border-collapse: collapse; }\ntd.on { background: #369; }\n");
        Parallel.ForEach(programmes, p => WriteProgramme(Path.Combine(root, "content", "programmes", p.Id), p));
    }

    private static void WriteProgramme(string folder, SyntheticProgramme p)
    {
        var start = Day(new DateOnly(p.StartYear, 1, 1));
        var end = Day(new DateOnly(p.StartYear + 1, 12, 1));
        foreach (var language in SiteShape.Languages)
        {
            var text = p.Texts[language];
            WriteFile(folder, $"_index.{language}.md",
                $"---\ntitle: \"{text.Title}\"\nweight: {p.Order}\norganisation: \"{p.Organisation[language]}\"\nsummary: \"{text.ExpectedResults}\"\nstart: \"{start}\"\nend: \"{end}\"\n---\n\n{text.Body}");
            WriteFile(folder, $"key-dates.{language}.md", KeyDates(p, language));
            WriteFile(folder, $"timeline.{language}.md", $"---\ntitle: \"{(language == "fr" ? "Calendrier" : "Timeline")}\"\nlayout: timeline\n---\n");
            foreach (var o in p.Objectives)
            {
                var t = o.Texts[language];
                WriteFile(folder, $"objectives/{o.Id}.{language}.md",
                    $"---\ntitle: \"{t.Title}\"\ntype: objective\nprogramme: {p.Id}\ncode: \"{o.Order}\"\nweight: {o.Order}\nexpectedResults: |\n  {t.ExpectedResults}\n---\n\n{t.Body}");
            }

            foreach (var a in p.Activities)
            {
                var t = a.Texts[language];
                var partners = string.Concat(a.Partners.Select(x => $"  - {x}\n"));
                WriteFile(folder, $"activities/{a.Id}.{language}.md",
                    $"---\ntitle: \"{t.Title}\"\ntype: activity\nprogramme: {p.Id}\nobjective: {a.ObjectiveId}\ncode: \"{a.Code}\"\nweight: {a.Order}\n" +
                    $"start: \"{Day(a.Start)}\"\nend: \"{Day(a.End)}\"\nlead: \"{a.Lead[language]}\"\npartners:\n{partners}expectedResults: |\n  {t.ExpectedResults}\n---\n\n{t.Body}");
            }
        }
    }

    private static string KeyDates(SyntheticProgramme p, string language)
    {
        var text = new StringBuilder($"---\ntitle: \"{(language == "fr" ? "Dates clés" : "Key dates")}\"\nlayout: keydates\nkeydates:\n");
        foreach (var k in p.KeyDates)
        {
            text.Append($"  - date: \"{Day(k.Start)}\"\n    end: \"{(k.End is { } e ? Day(e) : "")}\"\n    title: \"{k.Title[language]}\"\n    place: {k.Place}\n    activity: \"{k.ActivityId ?? ""}\"\n");
        }

        return text.Append("---\n").ToString();
    }

    private static void WriteLayouts(string root)
    {
        WriteFile(root, "layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ .Site.Language.Lang }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if not .IsHome }}{{ .Title }} – {{ end }}{{ .Site.Title }}</title>
            {{ $d := .Params.summary | default .Params.expectedResults | default site.Title }}<meta name="description" content="{{ $d | plainify | truncate 200 }}">
            <link rel="canonical" href="{{ .Permalink }}">
            {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
            {{ end }}<meta property="og:title" content="{{ .Title }}">
            <link rel="stylesheet" href="{{ "style.css" | relURL }}">
            </head>
            <body>
            <header class="site-header"><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
            <nav aria-label="{{ i18n "language" }}"><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}"{{ if eq .Language.Lang $.Language.Lang }} aria-current="true"{{ end }}>{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>
            </header>
            <nav aria-label="{{ i18n "breadcrumb" }}"><ol>{{ range .Ancestors.Reverse }}{{ if .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ else if ne .Section "" }}{{ if ne .RelPermalink "" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}{{ end }}<li aria-current="page">{{ .Title }}</li></ol></nav>
            <main id="main">{{ block "main" . }}{{ end }}</main>
            <footer>{{ i18n "footer" }} – <time datetime="{{ site.Params.buildDate }}">{{ time.Format ":date_long" site.Params.buildDate }}</time></footer>
            </body>
            </html>
            """);
        WriteFile(root, "layouts/index.html", """
            {{ define "main" }}
            <h1>{{ site.Title }}</h1>
            <h2>{{ i18n "programmes" }}</h2>
            <ul class="programmes">
            {{ with site.GetPage "/programmes" }}{{ range .Sections.ByWeight }}
            <li><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Params.organisation }}</p><p>{{ .Params.summary }}</p>
            <p><time datetime="{{ .Params.start }}">{{ time.Format "January 2006" .Params.start }}</time> – <time>{{ time.Format "January 2006" .Params.end }}</time></p></li>
            {{ end }}{{ end }}
            </ul>
            {{ end }}
            """);
        WriteFile(root, "layouts/404.html", """
            {{ define "main" }}<h1>{{ i18n "notFound" }}</h1><p><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></p>{{ end }}
            """);
        WriteFile(root, "layouts/_default/list.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <p>{{ .Params.organisation }}</p>
            <dl><dt>{{ i18n "period" }}</dt><dd><time datetime="{{ .Params.start }}">{{ time.Format "January 2006" .Params.start }}</time> – <time>{{ time.Format "January 2006" .Params.end }}</time></dd></dl>
            {{ .Content }}
            <nav><a href="{{ (.GetPage "key-dates").RelPermalink }}">{{ i18n "keyDates" }}</a> <a href="{{ (.GetPage "timeline").RelPermalink }}">{{ i18n "timeline" }}</a></nav>
            {{ $acts := where .RegularPages "Type" "activity" }}
            <h2>{{ i18n "objectives" }}</h2>
            {{ range (where .RegularPages "Type" "objective").ByWeight }}
            {{ $oid := .File.ContentBaseName }}
            <section><h3><a href="{{ .RelPermalink }}">{{ i18n "objective" }} {{ .Params.code }} : {{ .Title }}</a></h3>
            {{ .Params.expectedResults | markdownify }}
            <ul>{{ range (where $acts "Params.objective" $oid).ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Params.code }} {{ .Title }}</a> (<time datetime="{{ .Params.start }}">{{ time.Format "January 2006" .Params.start }}</time> – <time>{{ time.Format "January 2006" .Params.end }}</time>)</li>{{ end }}</ul>
            </section>
            {{ end }}
            {{ with .GetPage "key-dates" }}<h2>{{ i18n "upcoming" }}</h2><ul>{{ range sort .Params.keydates "date" }}{{ if ge .date site.Params.buildDate }}<li><time datetime="{{ .date }}">{{ time.Format ":date_long" .date }}</time> {{ .title }}</li>{{ end }}{{ end }}</ul>{{ end }}
            </article>
            {{ end }}
            """);
        WriteFile(root, "layouts/objective/single.html", """
            {{ define "main" }}
            <article>
            <p><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></p>
            <h1>{{ i18n "objective" }} {{ .Params.code }} : {{ .Title }}</h1>
            <section><h2>{{ i18n "expectedResults" }}</h2>{{ .Params.expectedResults | markdownify }}</section>
            {{ .Content }}
            {{ $oid := .File.ContentBaseName }}
            <h2>{{ i18n "activities" }}</h2>
            <ul>{{ range (where (where .Parent.RegularPages "Type" "activity") "Params.objective" $oid).ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Params.code }} {{ .Title }}</a> (<time datetime="{{ .Params.start }}">{{ time.Format "January 2006" .Params.start }}</time> – <time>{{ time.Format "January 2006" .Params.end }}</time>)</li>{{ end }}</ul>
            </article>
            {{ end }}
            """);
        WriteFile(root, "layouts/activity/single.html", """
            {{ define "main" }}
            <article>
            <p><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></p>
            <h1>{{ i18n "activity" }} {{ .Params.code }} : {{ .Title }}</h1>
            <dl>
            {{ with site.GetPage (printf "/programmes/%s/objectives/%s" .Params.programme .Params.objective) }}<dt>{{ i18n "objective" }}</dt><dd><a href="{{ .RelPermalink }}">{{ .Title }}</a></dd>{{ end }}
            <dt>{{ i18n "period" }}</dt><dd><time datetime="{{ .Params.start }}">{{ time.Format "January 2006" .Params.start }}</time> – <time>{{ time.Format "January 2006" .Params.end }}</time></dd>
            <dt>{{ i18n "lead" }}</dt><dd>{{ .Params.lead }}</dd>
            <dt>{{ i18n "partners" }}</dt><dd>{{ delimit .Params.partners ", " }}</dd>
            </dl>
            <section><h2>{{ i18n "expectedResults" }}</h2>{{ .Params.expectedResults | markdownify }}</section>
            <section><h2>{{ i18n "description" }}</h2>{{ .Content }}</section>
            {{ $id := .File.ContentBaseName }}
            {{ with .Parent.GetPage "key-dates" }}{{ with where .Params.keydates "activity" $id }}<section><h2>{{ i18n "keyDates" }}</h2><ul>{{ range . }}<li><time datetime="{{ .date }}">{{ time.Format ":date_long" .date }}</time> {{ .title }}</li>{{ end }}</ul></section>{{ end }}{{ end }}
            </article>
            {{ end }}
            """);
        WriteFile(root, "layouts/_default/keydates.html", """
            {{ define "main" }}
            <h1>{{ .Title }} – {{ .Parent.Title }}</h1>
            <ul>{{ range sort .Params.keydates "date" }}<li><time datetime="{{ .date }}">{{ time.Format ":date_long" .date }}</time>{{ with .end }} – <time datetime="{{ . }}">{{ time.Format ":date_long" . }}</time>{{ end }} {{ .title }} ({{ .place }})</li>{{ end }}</ul>
            {{ end }}
            """);
        WriteFile(root, "layouts/_default/timeline.html", """
            {{ define "main" }}
            {{ $p := .Parent }}
            {{ $start := time $p.Params.start }}
            <h1>{{ .Title }} – {{ $p.Title }}</h1>
            <table><thead><tr><th>{{ i18n "activity" }}</th>{{ range $i := seq 0 23 }}<th><time>{{ time.Format "Jan 2006" ($start.AddDate 0 $i 0) }}</time></th>{{ end }}</tr></thead>
            <tbody>
            {{ range (where $p.RegularPages "Type" "activity").ByWeight }}
            {{ $a := time .Params.start }}{{ $b := time .Params.end }}
            <tr><th><a href="{{ .RelPermalink }}">{{ .Params.code }} {{ .Title }}</a></th>{{ range $i := seq 0 23 }}{{ $m := $start.AddDate 0 $i 0 }}<td{{ if and (ge $m.Unix $a.Unix) (le $m.Unix $b.Unix) }} class="on"{{ end }}></td>{{ end }}</tr>
            {{ end }}
            </tbody></table>
            {{ end }}
            """);
    }

    private static void WriteFile(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n");
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
