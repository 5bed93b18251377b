namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Checks a shortcode's name, place and arguments, then asks its definition for HTML.</summary>
internal static class ShortcodeDispatch
{
    public static string Render(ShortcodeRegistry registry, ShortcodeContext context, ShortcodeCall call, ShortcodeKind place)
    {
        if (call.IsClosing)
        {
            context.Error(call, ShortcodeCodes.Unpaired, $"'{{{{< /{call.Name} >}}}}' closes a shortcode that was not opened",
                "remove it, or add the opening shortcode on its own line before the content");
            return string.Empty;
        }

        var shortcode = registry.Find(call.Name);
        if (shortcode is null)
        {
            var suggestion = Suggest.Nearest(call.Name, registry.Names);
            context.Error(call, ShortcodeCodes.Unknown, $"there is no shortcode called '{call.Name}'",
                suggestion is null ? $"use one of: {string.Join(", ", registry.Names)}" : $"did you mean '{suggestion}'?");
            return string.Empty;
        }

        if (shortcode.Kind == ShortcodeKind.Block && place == ShortcodeKind.Inline)
        {
            context.Error(call, ShortcodeCodes.WrongPlace, $"the '{call.Name}' shortcode must stand on a line of its own",
                "put it on its own line, with a blank line before and after");
            return string.Empty;
        }

        if (shortcode.Kind == ShortcodeKind.Paired && place != ShortcodeKind.Paired)
        {
            context.Error(call, ShortcodeCodes.Unpaired, $"the '{call.Name}' shortcode wraps content and must be closed",
                $"put it on its own line, then the content, then {{{{< /{call.Name} >}}}} on its own line");
            return string.Empty;
        }

        var ok = true;
        foreach (var required in shortcode.Required.Where(r => !call.Arguments.ContainsKey(r)))
        {
            context.Error(call, ShortcodeCodes.BadArguments, $"the '{call.Name}' shortcode needs a '{required}' argument",
                $"write it as {Example(shortcode)}");
            ok = false;
        }

        foreach (var given in call.Arguments.Keys.Where(k => !shortcode.Required.Contains(k) && !shortcode.Optional.Contains(k)))
        {
            var suggestion = Suggest.Nearest(given, shortcode.Required.Concat(shortcode.Optional));
            context.Error(call, ShortcodeCodes.BadArguments, $"the '{call.Name}' shortcode has no '{given}' argument",
                suggestion is null ? $"write it as {Example(shortcode)}" : $"did you mean '{suggestion}'?");
            ok = false;
        }

        return ok ? shortcode.Render(call, context) ?? string.Empty : string.Empty;
    }

    private static string Example(IShortcode shortcode) =>
        "{{< " + shortcode.Name + string.Concat(shortcode.Required.Select(r => $" {r}=\"…\"")) + " >}}";
}
