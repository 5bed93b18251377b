using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using IbpPortal.Render;
using IbpPortal.Settings;
using IbpPortal.Tests.Harness;
using YamlDotNet.RepresentationModel;

namespace IbpPortal.Tests.Adoption;

/// <summary>The publishing recipes in <c>docs/publishing/</c>, tried as far as this machine allows (no CI service, no cloud).</summary>
public sealed partial class PublishingRecipeTests
{
    private static readonly string Recipes = Path.Combine(RepoPaths.Root, "docs", "publishing");
    private static readonly string DefaultCsp = ContentSecurityPolicy.For(new PortalSettings());

    [Fact]
    public void GitHub_workflow_checks_pull_requests_and_deploys_main_to_pages()
    {
        var root = Yaml("github-actions.yml");
        var on = (YamlMappingNode)root["on"];
        Assert.True(on.Children.ContainsKey("pull_request"));
        Assert.Equal("main", Scalars(on["push"]["branches"]).Single());

        var jobs = (YamlMappingNode)root["jobs"];
        Assert.Contains(".tools/ibp check --format github", Runs(jobs["check"]));
        Assert.Contains("pull_request", Text(jobs["check"]["if"]), StringComparison.Ordinal);
        Assert.Contains(".tools/ibp build", Runs(jobs["build"]));
        Assert.All(new[] { "check", "build" }, job => Assert.Contains(Runs(jobs[job]), r => r.StartsWith("dotnet tool install IbpPortal.Tool", StringComparison.Ordinal)));

        var upload = Steps(jobs["build"]).Single(s => Uses(s).StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.Equal("output", Text(upload["with"]["path"]));
        var baseUrlCheck = Steps(jobs["build"]).Single(s => s.Children.ContainsKey("name") && Text(s["name"]) == "base_url");
        Assert.Contains("steps.pages.outputs.base_url", Text(baseUrlCheck["env"]["PAGES_URL"]), StringComparison.Ordinal);

        Assert.Contains(Steps(jobs["deploy"]), s => Uses(s).StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        Assert.Equal("write", Text(jobs["deploy"]["permissions"]["pages"]));
        Assert.Equal("write", Text(jobs["deploy"]["permissions"]["id-token"]));
        Assert.Equal("build", Text(jobs["deploy"]["needs"]));
    }

    [Fact]
    public void GitHub_workflow_base_url_check_accepts_a_matching_project_site_and_stops_a_bare_domain()
    {
        var script = Text(Steps(Yaml("github-actions.yml")["jobs"]["build"]).Single(s => s.Children.ContainsKey("name") && Text(s["name"]) == "base_url")["run"]);
        Assert.Equal(0, RunBaseUrlCheck(script, "base_url: https://nhs-org.github.io/ibp/", "https://nhs-org.github.io/ibp").ExitCode);
        Assert.Equal(0, RunBaseUrlCheck(script, "base_url: \"https://nhs-org.github.io/ibp\"", "https://nhs-org.github.io/ibp").ExitCode);
        var wrong = RunBaseUrlCheck(script, "base_url: https://nhs-org.github.io/", "https://nhs-org.github.io/ibp");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("set base_url: https://nhs-org.github.io/ibp/", wrong.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_pipeline_checks_pull_requests_and_deploys_main_to_static_web_apps()
    {
        var root = Yaml("azure-pipelines.yml");
        Assert.Equal("main", Scalars(root["trigger"]["branches"]["include"]).Single());
        Assert.Equal("main", Scalars(root["pr"]["branches"]["include"]).Single());
        var steps = ((YamlSequenceNode)root["steps"]).Cast<YamlMappingNode>().ToList();

        var check = steps.Single(s => s.Children.ContainsKey("script") && Text(s["script"]) == ".tools/ibp check");
        Assert.Contains("eq(variables.isPullRequest, true)", Text(check["condition"]), StringComparison.Ordinal);
        var build = steps.Single(s => s.Children.ContainsKey("script") && Text(s["script"]) == ".tools/ibp build");
        Assert.Contains("eq(variables.isPullRequest, false)", Text(build["condition"]), StringComparison.Ordinal);

        var deploy = steps.Single(s => s.Children.ContainsKey("task") && Text(s["task"]) == "AzureStaticWebApp@0");
        Assert.Contains("eq(variables.isPullRequest, false)", Text(deploy["condition"]), StringComparison.Ordinal);
        Assert.Equal("output", Text(deploy["inputs"]["app_location"]));
        Assert.Equal("true", Text(deploy["inputs"]["skip_app_build"]));
        Assert.Equal("$(SWA_DEPLOYMENT_TOKEN)", Text(deploy["inputs"]["azure_static_web_apps_api_token"]));
        Assert.True(steps.IndexOf(build) < steps.IndexOf(deploy));
    }

    [Fact]
    public void Nginx_config_sends_the_pages_policy_and_caches_only_fingerprinted_assets_for_a_year()
    {
        var config = File.ReadAllText(Path.Combine(Recipes, "nginx.conf"));
        Assert.Contains("error_page 404 /404.html;", config, StringComparison.Ordinal);
        Assert.Contains("error_page 404 /ibp/404.html;", config, StringComparison.Ordinal);
        Assert.Contains("alias /srv/ibp/output/;", config, StringComparison.Ordinal);
        Assert.Contains("gzip on;", config, StringComparison.Ordinal);

        var policies = CspHeader().Matches(config).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.Equal(DefaultCsp, p));

        // nginx's regular expressions are PCRE; this one means the same in .NET.
        var pattern = new Regex(ImmutablePattern().Match(config).Groups[1].Value);
        Assert.Matches(pattern, "/assets/portal.9e6e1a4090.css");
        Assert.Matches(pattern, "/ibp/assets/nhsuk-frontend.6becb5e390.min.js");
        Assert.DoesNotMatch(pattern, "/assets/images/favicon.svg");
        Assert.DoesNotMatch(pattern, "/assets/portal.css");
        Assert.DoesNotMatch(pattern, "/board-packs/rr8.pdf");
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public async Task Nginx_serves_a_built_portal_with_its_headers_at_the_root_and_under_a_path()
    {
        var nginxPath = SystemTool.Nginx.Require("/etc/nginx/mime.types");

        using var site = SiteFixture.Create("""
            -- portal.yml --
            title: Served portal
            packs: none
            -- input/index.md --
            ---
            title: Home
            ---
            Text.
            """);
        site.Build();
        Assert.Empty(site.Errors);

        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ibp-nginx-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            int rootPort = FreePort(), pathPort = FreePort();
            var server = File.ReadAllText(Path.Combine(Recipes, "nginx.conf"))
                .Replace("/srv/ibp/output", site.Output, StringComparison.Ordinal);
            server = ReplaceNth(server, "listen 80;", $"listen 127.0.0.1:{rootPort};", 0);
            server = ReplaceNth(server, "listen 80;", $"listen 127.0.0.1:{pathPort};", 0);
            File.WriteAllText(Path.Combine(folder, "portal.conf"), server);
            var main = Path.Combine(folder, "nginx.conf");
            File.WriteAllText(main, $$"""
                worker_processes 1;
                pid {{folder}}/nginx.pid;
                error_log {{folder}}/error.log;
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path {{folder}}/body;
                    proxy_temp_path {{folder}}/proxy;
                    include {{folder}}/portal.conf;
                }
                """);

            var test = CommandLine.Run(nginxPath, ["-t", "-c", main, "-p", folder], folder, TimeSpan.FromSeconds(30));
            Assert.True(test.ExitCode == 0, test.ToString());

            using var nginx = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(nginxPath)
            {
                ArgumentList = { "-c", main, "-p", folder, "-g", "daemon off;" },
                UseShellExecute = false,
            })!;
            try
            {
                using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { Timeout = TimeSpan.FromSeconds(10) };
                await WaitForPort(rootPort);
                await WaitForPort(pathPort);
                var css = site.OutputFiles().Single(f => Regex.IsMatch(f, @"^assets/portal\.[0-9a-f]{10}\.css$"));

                foreach (var prefix in new[] { $"http://127.0.0.1:{rootPort}/", $"http://127.0.0.1:{pathPort}/ibp/" })
                {
                    using var home = await http.GetAsync(new Uri(prefix));
                    Assert.Equal(HttpStatusCode.OK, home.StatusCode);
                    Assert.Equal(DefaultCsp, Header(home, "Content-Security-Policy"));
                    Assert.Equal(Directives("public, max-age=0, must-revalidate"), Directives(Header(home, "Cache-Control")));
                    Assert.Contains("<title>Served portal</title>", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(prefix + css));
                    request.Headers.AcceptEncoding.ParseAdd("gzip");
                    using var asset = await http.SendAsync(request);
                    Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
                    Assert.Equal(Directives("public, max-age=31536000, immutable"), Directives(Header(asset, "Cache-Control")));
                    Assert.Contains("gzip", asset.Content.Headers.ContentEncoding);

                    using var missing = await http.GetAsync(new Uri(prefix + "no-such-page/"));
                    Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
                    Assert.Equal(File.ReadAllText(Path.Combine(site.Output, "404.html")), await missing.Content.ReadAsStringAsync());
                    Assert.Equal(DefaultCsp, Header(missing, "Content-Security-Policy"));

                    using var hostFile = await http.GetAsync(new Uri(prefix + "_headers"));
                    Assert.Equal(HttpStatusCode.NotFound, hostFile.StatusCode);
                }
            }
            finally
            {
                nginx.Kill(entireProcessTree: true);
                await nginx.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static YamlMappingNode Yaml(string name)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Recipes, name));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlNode job) => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>();

    private static List<string> Runs(YamlNode job) => [.. Steps(job).Where(s => s.Children.ContainsKey("run")).Select(s => Text(s["run"]).Trim())];

    private static string Uses(YamlMappingNode step) => step.Children.TryGetValue("uses", out var uses) ? Text(uses) : string.Empty;

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    private static IEnumerable<string> Scalars(YamlNode node) => ((YamlSequenceNode)node).Select(Text);

    private static CommandLine.Outcome RunBaseUrlCheck(string script, string portalYml, string pagesUrl)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ibp-baseurl-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "portal.yml"), "title: Test\n" + portalYml + "\n");
            File.WriteAllText(Path.Combine(folder, "check.sh"), script);
            return CommandLine.Run("bash", ["-e", "check.sh"], folder, TimeSpan.FromSeconds(20), new Dictionary<string, string> { ["PAGES_URL"] = pagesUrl });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ReplaceNth(string text, string find, string replacement, int skip)
    {
        var at = -1;
        for (var i = 0; i <= skip; i++)
        {
            at = text.IndexOf(find, at + 1, StringComparison.Ordinal);
        }

        Assert.True(at >= 0, $"'{find}' not found");
        return text[..at] + replacement + text[(at + find.Length)..];
    }

    private static string Header(HttpResponseMessage response, string name) =>
        string.Join(", ", response.Headers.TryGetValues(name, out var values) ? values : response.Content.Headers.TryGetValues(name, out var content) ? content : []);

    /// <summary>Cache-Control directives in a fixed order: HttpClient reorders them when it parses the header.</summary>
    private static string Directives(string cacheControl) =>
        string.Join(", ", cacheControl.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPort(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail($"nginx did not listen on port {port} within 10 seconds");
    }

    [GeneratedRegex("add_header Content-Security-Policy \"([^\"]+)\" always;")]
    private static partial Regex CspHeader();

    [GeneratedRegex("\"~([^\"]+)\"\\s+\"public, max-age=31536000, immutable\";")]
    private static partial Regex ImmutablePattern();
}
