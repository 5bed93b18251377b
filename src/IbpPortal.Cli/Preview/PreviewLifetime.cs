using Microsoft.Extensions.Hosting;

namespace IbpPortal.Cli.Preview;

/// <summary>
/// A host lifetime that does nothing: <c>ibp preview</c> handles Ctrl+C and SIGTERM itself. The default console lifetime
/// would take those signals, cancel the process's own exit and wait for a shutdown that a started-only host never begins.
/// </summary>
internal sealed class PreviewLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
