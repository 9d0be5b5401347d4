namespace EduRelief.Host.Demo.County;

/// <summary>The guardian the roster names, and the account aid is paid into (the guardian's UnionPay card).</summary>
internal sealed record PlannedGuardian(string Name, string Relation, string Phone, string Bank, string CardNumber);
