namespace IbpPortal.Settings;

/// <summary>Diagnostic codes for <c>portal.yml</c>.</summary>
public static class SettingsCodes
{
    /// <summary>portal.yml is not valid YAML or not UTF-8.</summary>
    public const string InvalidYaml = "IBP1001";

    /// <summary>portal.yml is not a mapping of settings.</summary>
    public const string NotAMapping = "IBP1002";

    /// <summary>A setting's value is not allowed.</summary>
    public const string BadValue = "IBP1003";

    /// <summary>A setting is not known (a warning).</summary>
    public const string UnknownKey = "IBP1004";
}
