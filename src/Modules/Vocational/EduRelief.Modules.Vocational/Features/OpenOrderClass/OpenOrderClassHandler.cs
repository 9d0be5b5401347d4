using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using MediatR;

namespace EduRelief.Modules.Vocational.Features.OpenOrderClass;

internal sealed class OpenOrderClassHandler(VocationalDbContext db, ICallerContext caller, TimeProvider time) : IRequestHandler<OpenOrderClassCommand, OrderClassResponse>
{
    public async Task<OrderClassResponse> Handle(OpenOrderClassCommand request, CancellationToken cancellationToken)
    {
        var code = request.Code!.Trim();
        var specialty = await db.RequireSpecialtyAsync("specialtyCode", request.SpecialtyCode!, caller.Scope, cancellationToken);
        var orderClass = new OrderClass
        {
            Id = TimeOrderedId.Next(time.GetUtcNow()), Code = code, SpecialtyCode = specialty.Code, SchoolCode = specialty.SchoolCode, TownshipCode = specialty.TownshipCode,
            Employer = request.Employer!.Trim(), Places = request.Places!.Value, Year = request.Year!.Value,
        };
        db.OrderClasses.Add(orderClass);
        await db.SaveOrConflictAsync("code", VocationalText.CodeTaken(code), cancellationToken);
        return OrderClassResponse.Of(orderClass);
    }
}
