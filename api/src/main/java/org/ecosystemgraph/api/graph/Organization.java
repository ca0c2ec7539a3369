package org.ecosystemgraph.api.graph;

import java.util.List;
import org.ecosystemgraph.model.Sector;

/** An organization as the API returns it; nested fields are loaded for many organizations at once. */
public record Organization(
        String id,
        String name,
        String legalName,
        String legalForm,
        String nameEn,
        List<String> aliases,
        Sector sector,
        List<String> kinds,
        String address,
        String phone,
        String description,
        Integer memberCount) {}
