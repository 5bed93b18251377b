namespace IbpPortal.BoardPacks.Layout;

/// <summary>The part of a block that goes on one page: its height and how to draw it at a given top.</summary>
internal sealed class Fragment(double height, Action<DrawContext, double> draw)
{
    public double Height { get; } = height;

    public void Draw(DrawContext context, double top) => draw(context, top);

    /// <summary>The whole of a block that cannot split: null when it does not fit, unless at a page top.</summary>
    public static Fragment? Whole(double height, double available, bool atPageTop, Action<DrawContext, double> draw, out int next)
    {
        next = 1;
        return height > available + 0.01 && !atPageTop ? null : new Fragment(height, draw);
    }
}
