namespace IbpPortal.Tests.Import.RealData;

/// <summary>A test on the shared real NHS England files: reported as skipped (with the reason) when the folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealDataFactAttribute : FactAttribute
{
    public RealDataFactAttribute()
    {
        if (RealDataFolder.Root is null)
        {
            Skip = "../shared/realdata (NHS England's published files) is not beside the repository on this machine";
        }
    }
}
