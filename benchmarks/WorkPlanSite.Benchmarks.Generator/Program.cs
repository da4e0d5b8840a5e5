using System.Globalization;
using WorkPlanSite.Benchmarks.Generator;

// Usage: generate --pages N --out DIR [--seed S]
// Writes DIR/workplansite (site.config.json + content/) and DIR/hugo (an equivalent Hugo site), and
// prints the number of HTML pages each build is expected to write.
var pages = 2000;
var output = "bench-site";
var seed = 20260101;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--pages": pages = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "generate": break;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: generate --pages N --out DIR [--seed S]");
            return 2;
    }
}

var shape = SiteShape.ForPages(pages);
var programmes = new SiteFactory(seed).Create(shape);
output = Path.GetFullPath(output);

// The same seed, size and format version always write the same bytes: a site already there is kept rather than
// deleted and written again. Deleting ~30,000 files right before the measured builds would slow both tools
// down for minutes (ext4 skips recently freed inodes when it allocates new ones; see benchmarks/README.md).
// Change FormatVersion whenever the generator writes something else.
const int FormatVersion = 1;
var stampFile = Path.Combine(output, ".generated");
var stamp = FormattableString.Invariant($"seed {seed}, pages {pages}, format {FormatVersion}\n");
if (!File.Exists(stampFile) || File.ReadAllText(stampFile) != stamp)
{
    if (Directory.Exists(output))
    {
        Directory.Delete(output, recursive: true);
        Console.WriteLine("(previous site deleted: it was made with another seed, size or format version)");
    }

    WorkPlanSiteFormat.Write(Path.Combine(output, "workplansite"), programmes);
    HugoFormat.Write(Path.Combine(output, "hugo"), programmes);
    File.WriteAllText(stampFile, stamp);
}
else
{
    Console.WriteLine("(the site already there was made with the same seed, size and format version: kept)");
}

Console.WriteLine($"{shape.Pages} pages: {shape.Programmes} programmes x {SiteShape.PagesPerProgrammeAndLanguage} pages x {SiteShape.Languages.Length} languages + {2 + (2 * SiteShape.Languages.Length)} home, root and not-found pages, in {output}");
return 0;
