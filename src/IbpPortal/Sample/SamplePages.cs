using System.Globalization;
using System.Text;

namespace IbpPortal.Sample;

/// <summary>Writes generated markdown pages under <c>input/</c>: a home page (always, as every site links to it) and pages in three sections, linking to each other.</summary>
/// <remarks>Every page has front matter (title, description, tags, date), 300–800 words, headings, a list and a table.</remarks>
internal static class SamplePages
{
    private static readonly string[] Sections = ["topics", "insights", "news"];

    /// <summary>Writes the home page and <paramref name="count"/> section pages; returns <paramref name="count"/>.</summary>
    public static int Write(string inputFolder, int count, int seed)
    {
        Directory.CreateDirectory(inputFolder);
        var routes = Enumerable.Range(1, count).Select(i => (Folder: Sections[i % Sections.Length], Slug: Slug(i))).ToArray();
        foreach (var section in count > 0 ? Sections : [])
        {
            Directory.CreateDirectory(Path.Combine(inputFolder, section));
        }

        WriteHome(inputFolder, routes, seed);
        for (var i = 1; i <= count; i++)
        {
            var random = SampleRandom.For(seed, -2, i);
            var (folder, slug) = routes[i - 1];
            var text = Page(i, routes, random);
            File.WriteAllText(Path.Combine(inputFolder, folder, slug + ".md"), text, new UTF8Encoding(false));
        }

        return count;
    }

    private static string Slug(int i) => "page-" + i.ToString("D4", CultureInfo.InvariantCulture);

    private static void WriteHome(string inputFolder, (string Folder, string Slug)[] routes, int seed)
    {
        var random = SampleRandom.For(seed, -2, 0);
        var text = new StringBuilder("---\ntitle: Generated planning portal\ndescription: A generated portal for testing and benchmarking. Illustrative content.\n---\n\n");
        SampleProse.Paragraph(text, random);
        text.Append("## Start here\n\n");
        foreach (var (folder, slug) in routes.Take(10))
        {
            text.Append(CultureInfo.InvariantCulture, $"- [{slug}](/{folder}/{slug}/)\n");
        }

        File.WriteAllText(Path.Combine(inputFolder, "index.md"), text.ToString(), new UTF8Encoding(false));
    }

    private static string Page(int number, (string Folder, string Slug)[] routes, SampleRandom random)
    {
        var title = $"{SampleProse.Title(random)} {number.ToString(CultureInfo.InvariantCulture)}";
        var tags = Enumerable.Range(0, 2 + random.Next(2)).Select(_ => random.Pick(SampleProse.Topics)).Distinct().ToList();
        var date = new DateOnly(2024, 1, 1).AddDays(number % 700);
        var text = new StringBuilder(6000);
        text.Append("---\n")
            .Append("title: \"").Append(title).Append("\"\n")
            .Append("description: \"How systems approach ").Append(title.ToLowerInvariant()).Append(" in integrated planning (illustrative).\"\n")
            .Append("tags: [").AppendJoin(", ", tags).Append("]\n")
            .Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\n")
            .Append("---\n\n");

        var target = 300 + random.Next(501);
        var words = SampleProse.Paragraph(text, random);
        var part = 0;
        while (words < target)
        {
            text.Append("## ").Append(SampleProse.Title(random)).Append("\n\n");
            words += SampleProse.Paragraph(text, random);
            switch (part++ % 3)
            {
                case 0:
                    words += List(text, random);
                    break;
                case 1:
                    words += Table(text, random);
                    break;
                default:
                    words += Links(text, number, routes, random);
                    break;
            }
        }

        if (part < 3)
        {
            Links(text, number, routes, random);
        }

        return text.ToString();
    }

    private static int List(StringBuilder text, SampleRandom random)
    {
        var items = 3 + random.Next(3);
        for (var i = 0; i < items; i++)
        {
            text.Append("- ");
            SampleProse.Sentence(text, random);
            text.Append('\n');
        }

        text.Append('\n');
        return items * 12;
    }

    private static int Table(StringBuilder text, SampleRandom random)
    {
        text.Append("| Measure | Plan | Actual |\n|---|---:|---:|\n");
        for (var i = 0; i < 4; i++)
        {
            var plan = 50 + random.Next(50);
            text.Append(CultureInfo.InvariantCulture, $"| {SampleProse.Title(random)} | {plan} | {plan + random.Next(11) - 5} |\n");
        }

        text.Append('\n');
        return 24;
    }

    private static int Links(StringBuilder text, int number, (string Folder, string Slug)[] routes, SampleRandom random)
    {
        if (routes.Length < 2)
        {
            return 0;
        }

        text.Append("Read more in");
        for (var i = 0; i < 2; i++)
        {
            var (folder, slug) = routes[(number + 1 + random.Next(routes.Length - 1)) % routes.Length];
            text.Append(i == 0 ? " " : " and ").Append(CultureInfo.InvariantCulture, $"[{slug}](/{folder}/{slug}/)");
        }

        text.Append(".\n\n");
        return 6;
    }
}
