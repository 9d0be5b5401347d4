namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>
/// Every test that starts the Host runs in this one collection: Hangfire's <c>JobStorage.Current</c> is static,
/// so two Hosts must not start at the same time. The shared app keeps the suite fast; tests use their own codes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<EduReliefApp>
{
    public const string Name = "Host";
}
