using System.Net;

namespace IbpPortal.Markdown.Shortcodes.Site;

/// <summary><c>{{&lt; contact &gt;}}</c>: the portal's contact address from <c>portal.yml</c>'s <c>contact_email</c>, as a mailto link.</summary>
/// <remarks>One setting serves every page that names it, so a portal never publishes a placeholder address copied from the template.</remarks>
public sealed class ContactShortcode(string? email) : IShortcode
{
    /// <inheritdoc />
    public string Name => "contact";

    /// <inheritdoc />
    public ShortcodeKind Kind => ShortcodeKind.Inline;

    /// <inheritdoc />
    public IReadOnlyList<string> Required => [];

    /// <inheritdoc />
    public IReadOnlyList<string> Optional => [];

    /// <inheritdoc />
    public string? Render(ShortcodeCall call, ShortcodeContext context)
    {
        if (email is null)
        {
            context.Error(call, ShortcodeCodes.NoContact,
                "this page names the portal's contact address, but portal.yml has no contact_email",
                "add a line such as 'contact_email: planning.team@nhs.net' to portal.yml");
            return null;
        }

        var encoded = WebUtility.HtmlEncode(email);
        return $"<a href=\"mailto:{encoded}\">{encoded}</a>";
    }
}
