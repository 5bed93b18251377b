using System.Globalization;
using Fluid;
using Fluid.Values;

namespace IbpPortal.Theme;

/// <summary>Liquid filters the portal's layouts use, registered the way Fluid's own are.</summary>
public static class PortalFilters
{
    /// <summary>Adds <c>date_long</c>, <c>slugify</c>, <c>sector_name</c> and <c>chart_image</c>.</summary>
    public static FilterCollection WithPortalFilters(this FilterCollection filters)
    {
        filters.AddFilter("date_long", DateLong);
        filters.AddFilter("slugify", Slugify);
        filters.AddFilter("sector_name", SectorDisplay);
        filters.AddFilter("chart_image", ChartImageFilter.Apply);
        return filters;
    }

    /// <summary>Formats a date as "10 March 2025".</summary>
    private static ValueTask<FluidValue> DateLong(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var value = input.ToObjectValue();
        var text = value switch
        {
            DateOnly d => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            DateTimeOffset dto => dto.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            _ => input.ToStringValue(),
        };
        return new StringValue(text);
    }

    /// <summary>Writes an organisation type or sector properly cased: "icb" becomes "ICB".</summary>
    private static ValueTask<FluidValue> SectorDisplay(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new StringValue(Model.SectorName.Display(input.ToStringValue()));

    /// <summary>Turns text into an address segment: "Local government" becomes "local-government".</summary>
    private static ValueTask<FluidValue> Slugify(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new StringValue(Slug.From(input.ToStringValue()));
}
