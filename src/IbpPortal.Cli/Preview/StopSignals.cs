using System.Runtime.InteropServices;

namespace IbpPortal.Cli.Preview;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a prompt, orderly stop of a long-running command. Before the command is ready
/// to stop in order (<c>ready</c> false), the signal is left to its default action, which ends the process at once.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    private StopSignals()
    {
    }

    /// <summary>Cancels <paramref name="stop"/> on SIGINT or SIGTERM once <paramref name="ready"/> says so.</summary>
    public static StopSignals Register(Func<bool> ready, CancellationTokenSource stop)
    {
        var signals = new StopSignals();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                signals._registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    if (ready())
                    {
                        context.Cancel = true;
                        stop.Cancel();
                    }
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // Not every platform has every signal; Ctrl+C still cancels through the command line's own handler.
            }
        }

        return signals;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
