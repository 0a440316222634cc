"""The main screens, one module or small group of modules per screen."""
