namespace IbpPortal.BrowserTests.Harness;

/// <summary>Every browser test shares one built, served portal and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<PortalFixture>
{
    /// <summary>The collection's name, for <c>[Collection]</c>.</summary>
    public const string Name = "Portal in a browser";
}
