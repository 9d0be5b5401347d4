using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Subsidies;

/// <summary>The year's aid figures in the caller's scope, counted from the awards and outreach records.</summary>
public sealed record GetSubsidiesFiguresQuery(int Year) : IQuery<SubsidiesFiguresDto>;
