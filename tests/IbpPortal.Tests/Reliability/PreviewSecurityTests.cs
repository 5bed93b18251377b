using System.Net.Sockets;
using System.Text;
using IbpPortal.Build;
using IbpPortal.Cli.Preview;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>
/// Issue 24, "the preview serves any file on the machine": raw HTTP requests (sent byte for byte, so no client
/// normalises them first) against a running preview on loopback.
/// </summary>
public class PreviewSecurityTests
{
    private const string Secret = "SECRET-BESIDE-THE-OUTPUT";

    public static TheoryData<string> EscapingPaths { get; } = new()
    {
        "//etc/passwd",
        "/%2fetc/passwd",
        "/%2Fetc%2Fpasswd",
        "/..%2fsecret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/../secret.txt",
        "/x/../../secret.txt",
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/%5c%5c..%5csecret.txt",
        "/index.html%00.txt",
        "/%00/../secret.txt",
        "/%252e%252e/secret.txt",
        "/" + new string('/', 3) + "etc/passwd",
    };

    [Fact]
    public async Task No_request_path_reaches_a_file_outside_the_output_folder()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), Secret);
        await using var server = await StartAsync(site);
        var failures = new List<string>();
        foreach (var path in EscapingPaths)
        {
            var (status, body) = await RawGetAsync(server.Address.Port, path, $"127.0.0.1:{server.Address.Port}");
            if (status is not (400 or 404) || body.Contains(Secret, StringComparison.Ordinal) || body.Contains("root:", StringComparison.Ordinal))
            {
                failures.Add($"{path} -> {status}");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(200, (await RawGetAsync(server.Address.Port, "/", $"127.0.0.1:{server.Address.Port}")).Status);
    }

    [Fact]
    public async Task Only_loopback_host_names_with_the_right_port_are_served()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        await using var server = await StartAsync(site);
        var port = server.Address.Port;
        foreach (var host in new[] { $"127.0.0.1:{port}", $"localhost:{port}", $"LOCALHOST:{port}", $"[::1]:{port}" })
        {
            Assert.Equal(200, (await RawGetAsync(port, "/", host)).Status);
        }

        foreach (var host in new[] { $"evil.example:{port}", "evil.example", "127.0.0.1", $"127.0.0.1:{port + 1}", $"localhost.evil.example:{port}", $"127.0.0.2:{port}" })
        {
            var (status, body) = await RawGetAsync(port, "/", host);
            Assert.True(status == 421, $"Host {host} -> {status}");
            Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_first_build_that_fails_shows_its_errors_instead_of_an_empty_page()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + "\n-- input/about.md --\n---\ntitle: About\n---\nSee [home](/hme/) <script>x</script>.\n");
        await using var server = await StartAsync(site);
        var (status, body) = await RawGetAsync(server.Address.Port, "/about/", $"127.0.0.1:{server.Address.Port}");
        Assert.Equal(500, status);
        var page = SiteFixture.Parse(body);
        Assert.Contains(page.QuerySelectorAll("li code"), c => c.TextContent.StartsWith("input/about.md:4:5: error IBP1110:", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.NotNull(page.QuerySelector($"script[src='{ReloadScript.Path}']"));
    }

    private static async Task<PreviewServer> StartAsync(SiteFixture site)
    {
        var options = new BuildOptions { Root = site.Root, Search = false, Packs = [], CacheDir = RepoPaths.SharedCache };
        var server = new PreviewServer(options, _ => { });
        Assert.True(await server.StartAsync(0));
        return server;
    }

    /// <summary>Sends one GET exactly as written and returns the status code and body.</summary>
    private static async Task<(int Status, string Body)> RawGetAsync(int port, string target, string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
        await using var stream = client.GetStream();
        var request = Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string response;
        try
        {
            response = await reader.ReadToEndAsync(timeout.Token);
        }
        catch (IOException)
        {
            // The server may refuse a malformed request by resetting the connection: nothing was served.
            return (400, string.Empty);
        }

        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var at = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, at < 0 ? string.Empty : response[(at + 4)..]);
    }
}
