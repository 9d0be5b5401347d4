using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.RegisterChild;

internal sealed class RegisterChildHandler(SpecialNeedsDbContext db, IMediator mediator, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<RegisterChildCommand, ChildResponse>
{
    /// <summary>The source a child is recorded from when the request names none.</summary>
    public const string FederationList = "残联名单";

    public async Task<ChildResponse> Handle(RegisterChildCommand request, CancellationToken cancellationToken)
    {
        var township = request.TownshipCode!.Trim();
        var village = SpecialNeedsInput.Blank(request.VillageCode);
        await mediator.RequireTownshipAndVillageAsync(township, village, caller, cancellationToken);
        var details = new ChildDetails(
            SpecialNeedsInput.Normalized(request.NationalId!), request.Name!.Trim(), township, village,
            EnumCodes.Parse<DisabilityCategory>(request.DisabilityCategory!), request.DisabilityGrade!.Value, request.Guardian!.Trim(),
            SpecialNeedsInput.Blank(request.Source) ?? FederationList);
        var child = DisabledChild.Register(TimeOrderedId.Next(time.GetUtcNow()), details, county.Today);
        db.Children.Add(child);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("nationalId", SpecialNeedsText.ChildExists());
        }

        return ChildResponse.Of(child, county.Today, caller);
    }
}
