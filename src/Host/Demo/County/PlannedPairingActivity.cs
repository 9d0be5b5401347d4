namespace EduRelief.Host.Demo.County;

/// <summary>An exchange or joint teaching-research event of an urban–rural pair.</summary>
internal sealed record PlannedPairingActivity(DateOnly On, string Kind, string Title, int Participants);
