namespace IbpPortal.Diagnostics;

/// <summary>Whether a problem stops the build (error) or is only reported (warning).</summary>
public enum Severity
{
    Warning,
    Error,
}
