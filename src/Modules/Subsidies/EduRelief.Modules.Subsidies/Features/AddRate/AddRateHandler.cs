using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.AddRate;

/// <summary>Adds a rate from a date on. Terms that start on or after it use it; batches already computed keep theirs.</summary>
internal sealed class AddRateHandler(SubsidiesDbContext db, ICallerContext caller) : IRequestHandler<AddRateCommand, Unit>
{
    public async Task<Unit> Handle(AddRateCommand request, CancellationToken cancellationToken)
    {
        var code = EnumCodes.Parse<ProgrammeCode>(request.ProgrammeCode);
        var effectiveFrom = request.EffectiveFrom!.Value;
        if (!await db.Programmes.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new NotFoundException("Programme", request.ProgrammeCode);
        }

        if (await db.Rates.AnyAsync(r => r.Programme == code && r.EffectiveFrom == effectiveFrom, cancellationToken))
        {
            throw new ConflictException("effectiveFrom", new UserText(
                $"{code} 已有自 {effectiveFrom:yyyy-MM-dd} 起执行的资助标准；同一日期不能有两个标准",
                $"{code} already has a rate effective from {effectiveFrom:yyyy-MM-dd}; rates may not overlap"));
        }

        db.Rates.Add(new ProgrammeRate
        {
            Programme = code,
            EffectiveFrom = effectiveFrom,
            SetBy = caller.UserName,
            Lines = request.Lines!.Select(l => new RateLine
            {
                Stage = EnumCodes.Parse<Stage>(l.Stage!),
                Boarding = l.Boarding,
                PerDay = l.PerDay,
                SchoolDaysPerTerm = l.PerDay is null ? null : l.SchoolDaysPerTerm,
                AmountPerTerm = l.PerDay is { } perDay ? perDay * l.SchoolDaysPerTerm!.Value : l.AmountPerTerm!.Value,
            }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
