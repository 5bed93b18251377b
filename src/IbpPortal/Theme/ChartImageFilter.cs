using Fluid;
using Fluid.Values;

namespace IbpPortal.Theme;

/// <summary><c>{{ model.svg | chart_image: model.id }}</c> and <c>{{ model.narrow_svg | chart_image: model.id, 'narrow' }}</c>: writes a chart
/// slot's drawing as a file of its own beside the page and gives the template its address and size; nil when there is no drawing.</summary>
internal static class ChartImageFilter
{
    /// <summary>The filter: the input is the drawing's SVG, the first argument the chart slot's id (unique on the page), and
    /// <c>'narrow'</c> as the second marks the phone drawing.</summary>
    public static ValueTask<FluidValue> Apply(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil() || input.ToStringValue() is not { Length: > 0 } svg)
        {
            return NilValue.Instance;
        }

        var slot = arguments.At(0).ToStringValue();
        if (slot.Length == 0)
        {
            throw new InvalidOperationException("chart_image needs the chart's id, unique on the page, as its first argument");
        }

        // A page's charts are files written with the page; a chart rendered outside one would point at nothing.
        var charts = (context as PageTemplateContext)?.Charts
            ?? throw new InvalidOperationException($"the chart '{slot}' was rendered outside a page, so it has no file to be written to");
        return FluidValue.Create(charts.Add(slot, svg, arguments.At(1).ToStringValue() == "narrow"), context.Options);
    }
}
