namespace IbpPortal.BoardPacks.Layout;

/// <summary>The part of a block that goes on one page: its height and how to draw it at a given top.</summary>
internal sealed class Fragment(double height, Action<DrawContext, double> draw)
{
    public double Height { get; } = height;

    public void Draw(DrawContext context, double top) => draw(context, top);
}
