using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ListPayments;

/// <summary>The awards a payments filter selects, in the caller's scope: for a page of the list and for its export alike.</summary>
internal static class PaymentRows
{
    public static IQueryable<PaymentRow> Matching(SubsidiesDbContext db, ICallerContext caller, ListPaymentsQuery request)
    {
        var rows = db.Payments.AsNoTracking().Join(
            db.BatchLines.AsNoTracking(),
            p => new { p.BatchId, p.StudentId },
            l => new { l.BatchId, l.StudentId },
            (p, l) => new PaymentRow { Payment = p, Line = l });
        if (request.NationalId is { Length: > 0 } nationalId)
        {
            var id = nationalId.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.Line.NationalId == id);
        }

        if (request.ProgrammeCode is { Length: > 0 } code)
        {
            var programme = EnumCodes.Parse<ProgrammeCode>(code);
            rows = rows.Where(r => r.Payment.Programme == programme);
        }

        if (request.Term is { Length: > 0 } term)
        {
            rows = rows.Where(r => r.Payment.Term == term.Trim());
        }

        if (request.Year is { } year)
        {
            rows = rows.Where(r => r.Payment.Year == year);
        }

        if (request.Status is { Length: > 0 } named)
        {
            var status = EnumCodes.Parse<PaymentStatus>(named);
            rows = rows.Where(r => r.Payment.Status == status);
        }

        if (!caller.Scope.All)
        {
            var townships = caller.Scope.TownshipCodes.ToList();
            var schools = caller.Scope.SchoolCodes.ToList();
            rows = rows.Where(r => townships.Contains(r.Line.TownshipCode) || schools.Contains(r.Line.SchoolCode));
        }

        return rows;
    }

    public static PaymentResponse ToResponse(PaymentRow r, ICallerContext caller) => new(
        r.Payment.StudentId,
        caller.CanSeeFullNationalIds ? r.Line.NationalId : NationalId.Mask(r.Line.NationalId),
        r.Line.Name,
        r.Line.SchoolCode,
        r.Line.TownshipCode,
        r.Payment.Programme,
        r.Payment.Term,
        r.Payment.Amount,
        r.Payment.Status.ToString(),
        r.Payment.PaidOn,
        r.Payment.BankReference,
        r.Payment.BatchId);
}
