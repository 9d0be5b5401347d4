using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.DropoutControl.Features.DynamicZero;

/// <summary>Dynamic zero (动态清零) now, per township and for the county, within the caller's scope.</summary>
internal sealed record GetDynamicZeroQuery : IQuery<DynamicZeroResponse>;
