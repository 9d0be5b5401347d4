namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>安置方式: 随班就读, 特教学校, 送教上门, 福利机构, 待安置. The first three are school modes (the child keeps a school roll).</summary>
internal enum PlacementMode
{
    RegularClass,
    SpecialSchool,
    HomeDelivered,
    Institution,
    AwaitingPlacement,
}
