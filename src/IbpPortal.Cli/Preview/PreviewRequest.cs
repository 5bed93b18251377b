using IbpPortal.Safety;

namespace IbpPortal.Cli.Preview;

/// <summary>
/// Decides what a request to the preview may see: only pages of the built site, and only when addressed to this
/// machine's loopback names, so that neither a crafted path nor a web page using DNS rebinding can read other files.
/// </summary>
internal static class PreviewRequest
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>True when the Host header names a loopback address with the preview's port.</summary>
    public static bool IsAllowedHost(string? host, int port)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        var suffix = ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return LoopbackNames.Any(name => host.Equals(name + suffix, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The file or folder inside <paramref name="output"/> that <paramref name="relative"/> (the request path after the
    /// base path, still percent-encoded where Kestrel left it so) names; null when it names anything outside the output folder.
    /// </summary>
    /// <remarks>
    /// Decoded once more (Kestrel keeps <c>%2F</c>), then refused if it holds a NUL, a backslash, a colon, an empty,
    /// <c>.</c> or <c>..</c> segment (so <c>//etc/passwd</c>, <c>/%2fetc/passwd</c> and <c>%2e%2e</c> fail), and finally checked,
    /// with links resolved, to lie inside the output folder.
    /// </remarks>
    public static string? Resolve(string output, string relative)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(relative);
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (decoded.Any(c => c < 32 || c is '\\' or ':'))
        {
            return null;
        }

        var segments = decoded.Split('/');
        var inner = decoded.EndsWith('/') ? segments[..^1] : segments;
        if (decoded.Length > 0 && inner.Any(s => s is "" or "." or ".."))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(output, decoded));
        var realOutput = RealPath.Of(output);
        return RealPath.IsSameOrInside(full, Path.GetFullPath(output)) && RealPath.IsSameOrInside(RealPath.Of(full), realOutput)
            ? full
            : null;
    }
}
