using System.Text;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// The directory tree as a nested treemap: each directory a box sized by its file count and coloured by its
/// own truck factor, its subdirectories inside it; the box's own colour shows where its direct files are. The
/// tooltip (an SVG title) names the directory's truck-factor developers and top author.
/// </summary>
internal static class DirectoryTreemap
{
    private const double Width = 1160;
    private const double MinHeight = 220;
    private const double MaxHeight = 640;
    private const double Padding = 3;
    private const double HeaderHeight = 18;

    // Below these, nested boxes are noise rather than information: a box holds its subdirectories only when they
    // can be told apart, and four levels under the root are drawn at most (the table and the JSON have the rest).
    private const double MinInnerSide = 20;
    private const int MaxDepth = 4;

    public static string Render(IReadOnlyList<DirectoryTruckFactor> directories)
    {
        var root = directories.FirstOrDefault(directory => directory.Path.Length == 0);
        if (root is null)
        {
            return "<p class=\"note\">This result has no per-directory truck factors.</p>";
        }

        var children = directories
            .Where(directory => directory.Path.Length > 0)
            .GroupBy(directory => Parent(directory.Path), StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.OrderByDescending(d => d.Files).ThenBy(d => d.Path, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
        // A handful of files needs no screenful; the height grows with the square root of the file count.
        var height = Math.Clamp(200 + (20 * Math.Sqrt(root.Files)), MinHeight, MaxHeight);
        var svg = new StringBuilder(SvgShapes.Open(
            "treemap", Width, height, "Directories sized by file count and coloured by truck factor"));
        Draw(svg, root, new TreemapBox(0, 0, Width, height), children, 0);
        return svg.Append("</svg>").ToString();
    }

    private static void Draw(
        StringBuilder svg,
        DirectoryTruckFactor directory,
        TreemapBox box,
        Dictionary<string, List<DirectoryTruckFactor>> children,
        int depth)
    {
        var attributes = $" data-path=\"{HtmlText.Encode(directory.Path)}\" "
            + $"data-tf=\"{HtmlText.Raw(directory.TruckFactor)}\" data-files=\"{HtmlText.Raw(directory.Files)}\"";
        svg.Append(SvgShapes.Rect(
            box.X, box.Y, box.Width, box.Height, RiskScale.Fill(directory.TruckFactor), Title(directory), attributes));
        var kids = children.GetValueOrDefault(directory.Path) ?? [];
        var header = box.Height >= 2.2 * HeaderHeight && box.Width >= 48 ? HeaderHeight : 0;
        if (header > 0 || (kids.Count == 0 && box.Height >= 15 && box.Width >= 30))
        {
            Label(svg, directory, box);
        }

        var inner = box.Inset(Padding, header > 0 ? header : Padding, Padding, Padding);
        if (kids.Count == 0 || depth >= MaxDepth || inner.Width < MinInnerSide || inner.Height < MinInnerSide)
        {
            return;
        }

        // The directory's own files take their share of the box too, left in the directory's colour.
        var own = directory.Files - kids.Sum(kid => kid.Files);
        var weights = kids.Select(kid => (double)kid.Files).ToList();
        var skip = -1;
        if (own > 0)
        {
            skip = weights.FindIndex(weight => weight < own);
            skip = skip < 0 ? weights.Count : skip;
            weights.Insert(skip, own);
        }

        var boxes = TreemapLayout.Squarify(weights, inner);
        var next = 0;
        for (var i = 0; i < boxes.Count; i++)
        {
            if (i != skip)
            {
                Draw(svg, kids[next++], boxes[i], children, depth + 1);
            }
        }
    }

    private static void Label(StringBuilder svg, DirectoryTruckFactor directory, TreemapBox box)
    {
        var name = directory.Path.Length == 0 ? "(root)" : directory.Path[(directory.Path.LastIndexOf('/') + 1)..];
        var text = $"{name} · TF {HtmlText.Raw(directory.TruckFactor)}";
        var fits = (int)((box.Width - 8) / SvgShapes.CharWidth);
        if (fits < 3)
        {
            return;
        }

        var files = $"{text} · {HtmlText.Count(directory.Files)} {(directory.Files == 1 ? "file" : "files")}";
        text = files.Length <= fits ? files : text;

        var css = "label " + RiskScale.TextClass(directory.TruckFactor);
        svg.Append(SvgShapes.Text(css, box.X + 4, box.Y + 13, "start", HtmlText.Encode(HtmlText.Shorten(text, fits))));
    }

    private static string Title(DirectoryTruckFactor directory)
    {
        var name = directory.Path.Length == 0 ? "(repository root)" : directory.Path + "/";
        var text = new StringBuilder(name).Append(" — ").Append(HtmlText.Count(directory.Files))
            .Append(directory.Files == 1 ? " file" : " files").Append("\nTruck factor ")
            .Append(HtmlText.Raw(directory.TruckFactor));
        text.Append(directory.TruckFactor == 0
            ? " (under half of its files have an author)"
            : ": " + HtmlText.Join(directory.Authors));
        text.Append(directory.TopAuthor is null
            ? "\nNo file here has an author"
            : $"\nTop author: {directory.TopAuthor} ({HtmlText.Count(directory.TopAuthorFiles)} of "
                + $"{HtmlText.Count(directory.Files)} files)");
        return HtmlText.Encode(text.ToString());
    }

    private static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }
}
