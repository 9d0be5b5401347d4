namespace EduRelief.Host.Tests.TwoHosts;

/// <summary>
/// The tests that share one pair of Host processes. Not run beside other collections: two Host processes and the
/// test host on a 2-core machine leave no room for the in-process suite, and the timing-bound tests here (a cron
/// every 5 s, imports and approvals at the same moment) must not depend on what else runs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwoHostsCollection : ICollectionFixture<HostPair>
{
    public const string Name = "Two Host processes";
}

/// <summary>The kill test, with a pair of its own (one of them is killed), also run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KilledHostCollection
{
    public const string Name = "A Host process killed";
}
