/**
 * The module descriptor of picocli, as its published jar declares it (META-INF/versions/9/module-info.class of
 * info.picocli:picocli 4.7.7): a module that the reactor's compile phase finds in a classes directory too, where a
 * manifest's Automatic-Module-Name cannot name it.
 */
module info.picocli {
  requires static java.sql;

  exports picocli;
}
