using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.ListAllowanceTiers;

/// <summary>Every allowance tier with its dates (a short list: a few per year).</summary>
internal sealed record ListAllowanceTiersQuery : IQuery<IReadOnlyList<AllowanceTierResponse>>;
