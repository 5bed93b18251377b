namespace IbpPortal.Markdown.Shortcodes;

/// <summary>The shortcodes a build knows, by name.</summary>
public sealed class ShortcodeRegistry
{
    private readonly SortedDictionary<string, IShortcode> _byName = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces a shortcode.</summary>
    public ShortcodeRegistry Add(IShortcode shortcode)
    {
        _byName[shortcode.Name] = shortcode;
        return this;
    }

    /// <summary>The shortcode with this name, or null.</summary>
    public IShortcode? Find(string name) => _byName.TryGetValue(name, out var s) ? s : null;

    /// <summary>Every name, sorted.</summary>
    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>True when the name is a paired shortcode.</summary>
    public bool IsPaired(string name) => Find(name)?.Kind == ShortcodeKind.Paired;
}
